/* pf-test-render.c — a widget drawn as it is on screen, for tests and pictures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-test-render"

#include "config.h"

#include "pf-test-render.h"

/* @widget (shown, laid out) drawn at its size by its window's renderer, or NULL when it drew
 * nothing. */
GdkTexture *
pf_test_render_widget (GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return NULL;
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* Writes pf_test_render_widget() of @widget to the PNG file @path. */
gboolean
pf_test_save_widget_png (GtkWidget   *widget,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(GdkTexture) texture = pf_test_render_widget (widget);

  if (texture == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s drew nothing",
                   G_OBJECT_TYPE_NAME (widget));
      return FALSE;
    }
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write %s", path);
      return FALSE;
    }
  return TRUE;
}
