/* pf-preferences-window.c — Preferences: units, paper, defaults for new plans, the forecast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-preferences-window"

#include "config.h"

#include "pf-preferences-window.h"

#include "pf-field.h"

#include <glib/gi18n.h>

/* Every row is bound to its key both ways and nothing else happens here: the windows follow
 * the same keys (units and paper at once; the defaults with the next course opened; the
 * forecast refresh in every plan editor), so a change shows wherever it matters without the
 * preferences knowing who listens. The settings are PfApplication's, passed in. */
struct _PfPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *units_row;
  AdwComboRow          *paper_row;
  AdwComboRow          *grade_model_row;
  AdwComboRow          *heat_model_row;
  GtkSpinButton        *ceiling_spin;
  GtkLabel             *ceiling_unit;
  GtkSwitch            *forecast_switch;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (PfPreferencesWindow, pf_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The nicks of each enum key in the order of its combo row's items (the schema's order). */
static const char * const units_nicks[] = { "auto", "metric", "imperial", NULL };
static const char * const paper_nicks[] = { "auto", "a4", "letter", NULL };
static const char * const grade_model_nicks[] = { "strava", "minetti", "ultrapacer", NULL };
static const char * const heat_model_nicks[] = { "hadley", "mantzios", NULL };

static gboolean
nick_to_selected (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_str_equal (nicks[i], nick))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
selected_to_nick (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint selected = g_value_get_uint (value);

  /* An empty model selects nothing; the key keeps a value it knows. */
  if (selected >= g_strv_length ((char **) nicks))
    selected = 0;

  return g_variant_new_string (nicks[selected]);
}

static void
bind_combo_row (PfPreferencesWindow *self,
                const char          *key,
                AdwComboRow         *row,
                const char * const  *nicks)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                nick_to_selected, selected_to_nick, (gpointer) nicks, NULL);
}

/* The units chosen above, "auto" read as the locale's (as the window reads them). */
static PfUnitSystem
units_of (PfPreferencesWindow *self)
{
  g_autofree char *units = g_settings_get_string (self->settings, "units");

  if (g_strcmp0 (units, "metric") == 0)
    return PF_UNITS_METRIC;
  if (g_strcmp0 (units, "imperial") == 0)
    return PF_UNITS_IMPERIAL;
  return pf_units_from_locale ();
}

static gboolean
ceiling_from_setting (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  PfPreferencesWindow *self = user_data;

  g_value_set_double (value, pf_units_fluid_value (units_of (self), PF_QUANTITY_FLOW,
                                                   g_variant_get_double (variant)));
  return TRUE;
}

/* The field's range is the schema's, converted and rounded inwards (pf_field_set_fluid_unit):
 * whatever it holds is a ceiling the key takes. */
static GVariant *
ceiling_to_setting (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  PfPreferencesWindow *self = user_data;

  return g_variant_new_double (pf_units_fluid_litres (units_of (self), PF_QUANTITY_FLOW,
                                                      g_value_get_double (value)));
}

/* The ceiling in the units chosen above (L/h or fl oz/h), again whenever they change. */
static void
bind_ceiling (PfPreferencesWindow *self)
{
  GtkAdjustment *adjustment;

  if (self->ceiling_spin == NULL || self->settings == NULL)
    return;  /* disposed */

  adjustment = gtk_spin_button_get_adjustment (self->ceiling_spin);
  g_settings_unbind (adjustment, "value");
  pf_field_set_fluid_unit (self->ceiling_spin, self->ceiling_unit, units_of (self),
                           PF_QUANTITY_FLOW);
  g_settings_bind_with_mapping (self->settings, "default-fluid-ceiling", adjustment, "value",
                                G_SETTINGS_BIND_DEFAULT, ceiling_from_setting,
                                ceiling_to_setting, self, NULL);
}

static void
pf_preferences_window_constructed (GObject *object)
{
  PfPreferencesWindow *self = (PfPreferencesWindow *)object;

  G_OBJECT_CLASS (pf_preferences_window_parent_class)->constructed (object);

  g_return_if_fail (G_IS_SETTINGS (self->settings));

  bind_combo_row (self, "units", self->units_row, units_nicks);
  bind_combo_row (self, "paper-size", self->paper_row, paper_nicks);
  bind_combo_row (self, "default-grade-model", self->grade_model_row, grade_model_nicks);
  bind_combo_row (self, "default-heat-model", self->heat_model_row, heat_model_nicks);
  bind_ceiling (self);
  g_signal_connect_object (self->settings, "changed::units", G_CALLBACK (bind_ceiling), self,
                           G_CONNECT_SWAPPED);
  g_settings_bind (self->settings, "auto-forecast", self->forecast_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
pf_preferences_window_dispose (GObject *object)
{
  PfPreferencesWindow *self = (PfPreferencesWindow *)object;

  /* The ceiling's binding maps through this window: it goes first. */
  if (self->ceiling_spin != NULL)
    g_settings_unbind (gtk_spin_button_get_adjustment (self->ceiling_spin), "value");
  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pf_preferences_window_parent_class)->dispose (object);
}

static void
pf_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PfPreferencesWindow *self = PF_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PfPreferencesWindow *self = PF_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_preferences_window_class_init (PfPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pf_preferences_window_constructed;
  object_class->dispose = pf_preferences_window_dispose;
  object_class->get_property = pf_preferences_window_get_property;
  object_class->set_property = pf_preferences_window_set_property;

  /* The application's settings (io.github.pacefuel.Pacefuel): only PfApplication creates them. */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PfPreferencesWindow, units_row);
  gtk_widget_class_bind_template_child (widget_class, PfPreferencesWindow, paper_row);
  gtk_widget_class_bind_template_child (widget_class, PfPreferencesWindow, grade_model_row);
  gtk_widget_class_bind_template_child (widget_class, PfPreferencesWindow, heat_model_row);
  gtk_widget_class_bind_template_child (widget_class, PfPreferencesWindow, ceiling_spin);
  gtk_widget_class_bind_template_child (widget_class, PfPreferencesWindow, ceiling_unit);
  gtk_widget_class_bind_template_child (widget_class, PfPreferencesWindow, forecast_switch);
}

static void
pf_preferences_window_init (PfPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pf_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (PF_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "settings", settings,
                       NULL);
}

GSettings *
pf_preferences_window_get_settings (PfPreferencesWindow *self)
{
  g_return_val_if_fail (PF_IS_PREFERENCES_WINDOW (self), NULL);

  return self->settings;
}
