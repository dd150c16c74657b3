/* pf-test-render.h — a widget drawn as it is on screen, for tests and pictures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GdkTexture *pf_test_render_widget   (GtkWidget   *widget);
gboolean    pf_test_save_widget_png (GtkWidget   *widget,
                                     const char  *path,
                                     GError     **error);

G_END_DECLS
