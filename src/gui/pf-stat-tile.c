/* pf-stat-tile.c — one figure of the course summary: a caption, a value and a detail line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-stat-tile"

#include "config.h"

#include "pf-stat-tile.h"

struct _PfStatTile
{
  GtkWidget  parent_instance;

  GtkLabel  *title_label;
  GtkLabel  *value_label;
  GtkLabel  *detail_label;
};

G_DEFINE_FINAL_TYPE (PfStatTile, pf_stat_tile, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_VALUE,
  PROP_DETAIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pf_stat_tile_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_STAT_TILE);

  G_OBJECT_CLASS (pf_stat_tile_parent_class)->dispose (object);
}

static void
pf_stat_tile_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PfStatTile *self = PF_STAT_TILE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, pf_stat_tile_get_title (self));
      break;

    case PROP_VALUE:
      g_value_set_string (value, pf_stat_tile_get_value (self));
      break;

    case PROP_DETAIL:
      g_value_set_string (value, pf_stat_tile_get_detail (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_stat_tile_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PfStatTile *self = PF_STAT_TILE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      pf_stat_tile_set_title (self, g_value_get_string (value));
      break;

    case PROP_VALUE:
      pf_stat_tile_set_value (self, g_value_get_string (value));
      break;

    case PROP_DETAIL:
      pf_stat_tile_set_detail (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_stat_tile_class_init (PfStatTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pf_stat_tile_dispose;
  object_class->get_property = pf_stat_tile_get_property;
  object_class->set_property = pf_stat_tile_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-stat-tile.ui");
  gtk_widget_class_bind_template_child (widget_class, PfStatTile, title_label);
  gtk_widget_class_bind_template_child (widget_class, PfStatTile, value_label);
  gtk_widget_class_bind_template_child (widget_class, PfStatTile, detail_label);
  gtk_widget_class_set_css_name (widget_class, "pf-stat-tile");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pf_stat_tile_init (PfStatTile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pf_stat_tile_new (void)
{
  return g_object_new (PF_TYPE_STAT_TILE, NULL);
}

const char *
pf_stat_tile_get_title (PfStatTile *self)
{
  g_return_val_if_fail (PF_IS_STAT_TILE (self), NULL);

  return gtk_label_get_text (self->title_label);
}

void
pf_stat_tile_set_title (PfStatTile *self,
                        const char *title)
{
  g_return_if_fail (PF_IS_STAT_TILE (self));

  if (g_strcmp0 (title, gtk_label_get_text (self->title_label)) == 0)
    return;

  gtk_label_set_text (self->title_label, title ? title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title ? title : "",
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
pf_stat_tile_get_value (PfStatTile *self)
{
  g_return_val_if_fail (PF_IS_STAT_TILE (self), NULL);

  return gtk_label_get_text (self->value_label);
}

void
pf_stat_tile_set_value (PfStatTile *self,
                        const char *value)
{
  g_return_if_fail (PF_IS_STAT_TILE (self));

  if (g_strcmp0 (value, gtk_label_get_text (self->value_label)) == 0)
    return;

  gtk_label_set_text (self->value_label, value ? value : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

const char *
pf_stat_tile_get_detail (PfStatTile *self)
{
  g_return_val_if_fail (PF_IS_STAT_TILE (self), NULL);

  return gtk_label_get_text (self->detail_label);
}

void
pf_stat_tile_set_detail (PfStatTile *self,
                         const char *detail)
{
  g_return_if_fail (PF_IS_STAT_TILE (self));

  if (g_strcmp0 (detail, gtk_label_get_text (self->detail_label)) == 0)
    return;

  gtk_label_set_text (self->detail_label, detail ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), detail != NULL && *detail != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAIL]);
}
