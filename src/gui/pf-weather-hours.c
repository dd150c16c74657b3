/* pf-weather-hours.c — the race day's weather hour by hour, each hour's values editable
 *
 * An expander row with one row per hour of the conditions: its time, the temperature and the
 * humidity (relative, or the dew point), in the units shown. The rows are made anew only when
 * the hours are other hours, so that editing one keeps its field focused. An edit is only
 * told (::hour-changed): the weather section makes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-weather-hours"

#include "config.h"

#include "pf-weather-hours.h"

#include <glib/gi18n.h>
#include <math.h>

struct _PfWeatherHours
{
  AdwExpanderRow  parent_instance;

  /* One row per hour of the conditions, in order. */
  GPtrArray      *hour_rows;
};

G_DEFINE_FINAL_TYPE (PfWeatherHours, pf_weather_hours, ADW_TYPE_EXPANDER_ROW)

enum {
  HOUR_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_hour_value_changed_cb (GtkSpinButton  *spin,
                          PfWeatherHours *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "pf-hour-index"));
  gboolean is_temp = g_object_get_data (G_OBJECT (spin), "pf-hour-temp") != NULL;

  g_signal_emit (self, signals[HOUR_CHANGED], 0, index, is_temp,
                 gtk_spin_button_get_value (spin), spin);
}

static GtkWidget *
hour_spin_new (PfWeatherHours *self,
               guint           index,
               gboolean        is_temp,
               const char     *unit,
               const char     *accessible_label,
               GtkWidget     **spin_out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *spin = gtk_spin_button_new_with_range (is_temp ? -40 : 0, is_temp ? 130 : 100, 1);
  GtkWidget *label = gtk_label_new (unit);

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 0);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 3);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  g_object_set_data (G_OBJECT (spin), "pf-hour-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (spin), "pf-hour-temp", is_temp ? GINT_TO_POINTER (1) : NULL);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_hour_value_changed_cb), self);
  gtk_label_set_width_chars (GTK_LABEL (label), 2);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), label);
  *spin_out = spin;
  return box;
}

static char *
hour_title (gint64 time)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (time);

  /* Translators: an hour of the race day's weather, see g_date_time_format() */
  return date ? g_date_time_format (date, _("%H:%M")) : g_strdup ("");
}

static void
rebuild_hour_rows (PfWeatherHours *self,
                   GArray         *hours,
                   PfHumidityKind  kind,
                   PfUnitSystem    units)
{
  const char *temp_unit = pf_units_temperature_symbol (units);
  const char *humidity_unit = kind == PF_HUMIDITY_DEW_POINT ? temp_unit : "%";

  for (guint i = 0; i < self->hour_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), g_ptr_array_index (self->hour_rows, i));
  g_ptr_array_set_size (self->hour_rows, 0);

  for (guint i = 0; hours != NULL && i < hours->len; i++)
    {
      const PfWeatherHour *hour = &g_array_index (hours, PfWeatherHour, i);
      g_autofree char *title = hour_title (hour->time);
      g_autofree char *temp_label = g_strdup_printf (_("Temperature at %s"), title);
      g_autofree char *humidity_label =
        g_strdup_printf (kind == PF_HUMIDITY_DEW_POINT ? _("Dew point at %s")
                                                       : _("Relative humidity at %s"),
                         title);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *temp_spin, *humidity_spin;
      GtkWidget *temp = hour_spin_new (self, i, TRUE, temp_unit, temp_label, &temp_spin);
      GtkWidget *humidity = hour_spin_new (self, i, FALSE, humidity_unit, humidity_label,
                                           &humidity_spin);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), temp);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), humidity);
      g_object_set_data (G_OBJECT (row), "pf-temp-spin", temp_spin);
      g_object_set_data (G_OBJECT (row), "pf-humidity-spin", humidity_spin);
      g_object_set_data_full (G_OBJECT (row), "pf-time",
                              g_memdup2 (&hour->time, sizeof hour->time), g_free);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
      g_ptr_array_add (self->hour_rows, row);
    }
}

static gboolean
hour_rows_match (PfWeatherHours *self,
                 GArray         *hours)
{
  if (self->hour_rows->len != hours->len)
    return FALSE;

  for (guint i = 0; i < hours->len; i++)
    {
      gint64 *time = g_object_get_data (g_ptr_array_index (self->hour_rows, i), "pf-time");

      if (time == NULL || *time != g_array_index (hours, PfWeatherHour, i).time)
        return FALSE;
    }
  return TRUE;
}

/* Shows the hours of @c; unless @force, rows of the same hours are kept and only filled. */
void
pf_weather_hours_show (PfWeatherHours     *self,
                       const PfConditions *c,
                       PfUnitSystem        units,
                       gboolean            force)
{
  gboolean has_hours = c->hours != NULL && c->hours->len > 0;

  g_return_if_fail (PF_IS_WEATHER_HOURS (self));

  if (!has_hours || force || !hour_rows_match (self, c->hours))
    rebuild_hour_rows (self, c->hours, c->humidity_kind, units);

  for (guint i = 0; has_hours && i < self->hour_rows->len; i++)
    {
      const PfWeatherHour *hour = &g_array_index (c->hours, PfWeatherHour, i);
      GObject *row = g_ptr_array_index (self->hour_rows, i);
      double humidity = c->humidity_kind == PF_HUMIDITY_DEW_POINT
                        ? pf_units_temperature_value (units, hour->humidity) : hour->humidity;

      gtk_spin_button_set_value (g_object_get_data (row, "pf-temp-spin"),
                                 round (pf_units_temperature_value (units, hour->temp_c)));
      gtk_spin_button_set_value (g_object_get_data (row, "pf-humidity-spin"), round (humidity));
    }
}

GtkSpinButton *
pf_weather_hours_get_temp_spin (PfWeatherHours *self,
                                guint           index)
{
  g_return_val_if_fail (PF_IS_WEATHER_HOURS (self), NULL);

  if (index >= self->hour_rows->len)
    return NULL;

  return g_object_get_data (g_ptr_array_index (self->hour_rows, index), "pf-temp-spin");
}

static void
pf_weather_hours_finalize (GObject *object)
{
  PfWeatherHours *self = PF_WEATHER_HOURS (object);

  g_clear_pointer (&self->hour_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pf_weather_hours_parent_class)->finalize (object);
}

static void
pf_weather_hours_class_init (PfWeatherHoursClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pf_weather_hours_finalize;

  /**
   * PfWeatherHours::hour-changed:
   * @index: the hour's index in the conditions
   * @is_temp: TRUE for its temperature, FALSE for its humidity
   * @value: the new value, in the units shown
   * @spin: the field, to mark when the plan refuses the value
   */
  signals[HOUR_CHANGED] =
    g_signal_new ("hour-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4, G_TYPE_UINT, G_TYPE_BOOLEAN, G_TYPE_DOUBLE, GTK_TYPE_WIDGET);
}

static void
pf_weather_hours_init (PfWeatherHours *self)
{
  self->hour_rows = g_ptr_array_new ();
}
