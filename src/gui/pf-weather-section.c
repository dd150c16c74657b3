/* pf-weather-section.c — the plan editor's weather: typed, or the race-day forecast by the hour
 *
 * The runner types the start and finish temperatures and the humidity, or asks Open-Meteo for
 * the hourly weather at the start on race day (PfWeatherHours shows those hours, each one
 * editable); while there are hours they win, and the typed rows are insensitive. The fetching
 * itself, by request or by itself with auto-forecast on (PfWindow binds that to GSettings
 * through the plan editor), is PfForecastFetcher's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-weather-section"

#include "config.h"

#include "pf-weather-section.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "forecast/pf-forecast-client.h"
#include "pf-field.h"
#include "pf-forecast-fetcher.h"
#include "pf-weather-hours.h"

struct _PfWeatherSection
{
  PfEditorSection    parent_instance;

  GtkWidget         *start_temp_row;
  GtkSpinButton     *start_temp_spin;
  GtkLabel          *start_temp_unit;
  GtkWidget         *finish_temp_row;
  GtkSpinButton     *finish_temp_spin;
  GtkLabel          *finish_temp_unit;
  GtkWidget         *humidity_row;
  GtkDropDown       *humidity_kind_dropdown;
  AdwActionRow      *humidity_value_row;
  GtkSpinButton     *humidity_spin;
  GtkLabel          *humidity_unit;
  AdwActionRow      *forecast_row;
  GtkSpinner        *forecast_spinner;
  GtkButton         *forecast_button;
  PfWeatherHours    *hours_row;
  GtkButton         *typed_button;
  GtkLabel          *forecast_message;

  PfForecastFetcher *fetcher;
};

G_DEFINE_FINAL_TYPE (PfWeatherSection, pf_weather_section, PF_TYPE_EDITOR_SECTION)

static inline PfDocument *
document_of (PfWeatherSection *self)
{
  return pf_document_widget_get_document (PF_DOCUMENT_WIDGET (self));
}

static inline PfUnitSystem
units_of (PfWeatherSection *self)
{
  return pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
}

static double
temp_to_display (PfWeatherSection *self,
                 double            temp_c)
{
  return pf_units_temperature_value (units_of (self), temp_c);
}

static double
temp_from_display (PfWeatherSection *self,
                   double            value)
{
  return pf_units_temperature_celsius (units_of (self), value);
}

static const char *
temp_symbol (PfWeatherSection *self)
{
  return pf_units_temperature_symbol (units_of (self));
}

/* ---- the typed conditions ------------------------------------------------------------- */

static void
on_conditions_changed_cb (PfWeatherSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  double humidity = gtk_spin_button_get_value (self->humidity_spin);

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;

  inputs.conditions.start_temp_c =
    temp_from_display (self, gtk_spin_button_get_value (self->start_temp_spin));
  inputs.conditions.humidity = inputs.conditions.humidity_kind == PF_HUMIDITY_DEW_POINT
                               ? temp_from_display (self, humidity) : humidity;
  /* A finish temperature that follows the start shows the new start: the plan's notify
   * fills the fields again. */
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, NULL);
}

static void
on_finish_temp_changed_cb (PfWeatherSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;

  inputs.conditions.finish_temp_c =
    temp_from_display (self, gtk_spin_button_get_value (self->finish_temp_spin));
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs,
                                 GTK_WIDGET (self->finish_temp_spin));
}

/* Switching between relative humidity and dew point keeps the air the same: the value is
 * converted at the start temperature. */
static void
on_humidity_kind_changed_cb (PfWeatherSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  PfHumidityKind kind;
  PfConditions *c;

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;

  c = &inputs.conditions;
  kind = gtk_drop_down_get_selected (self->humidity_kind_dropdown) == 1
         ? PF_HUMIDITY_DEW_POINT : PF_HUMIDITY_RELATIVE;
  if (kind == c->humidity_kind)
    return;

  if (kind == PF_HUMIDITY_DEW_POINT)
    c->humidity = round (pf_dew_point (c->start_temp_c, c->humidity));
  else
    c->humidity = round (CLAMP (pf_relative_humidity (c->start_temp_c, c->humidity), 0, 100));
  c->humidity_kind = kind;
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs,
                                 GTK_WIDGET (self->humidity_spin));
  pf_editor_section_sync (PF_EDITOR_SECTION (self), TRUE);
}

/* An hour of the list was edited (PfWeatherHours::hour-changed). */
static void
on_hour_changed_cb (PfWeatherSection *self,
                    guint             index,
                    gboolean          is_temp,
                    double            value,
                    GtkWidget        *spin)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  PfWeatherHour *hour;

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs)
      || index >= inputs.conditions.hours->len)
    return;

  hour = &g_array_index (inputs.conditions.hours, PfWeatherHour, index);
  if (is_temp)
    hour->temp_c = temp_from_display (self, value);
  else
    hour->humidity = inputs.conditions.humidity_kind == PF_HUMIDITY_DEW_POINT
                     ? temp_from_display (self, value) : value;
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, spin);
}

static void
set_spin_range (GtkSpinButton *spin,
                double         lower,
                double         upper,
                double         value)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);

  gtk_adjustment_configure (adjustment, CLAMP (value, lower, upper), lower, upper,
                            gtk_adjustment_get_step_increment (adjustment),
                            gtk_adjustment_get_page_increment (adjustment), 0);
}

static void
sync_typed (PfWeatherSection   *self,
            const PfConditions *c)
{
  double temp_lo = temp_to_display (self, -30), temp_hi = temp_to_display (self, 50);
  double finish = isnan (c->finish_temp_c) ? c->start_temp_c : c->finish_temp_c;

  set_spin_range (self->start_temp_spin, temp_lo, temp_hi,
                  temp_to_display (self, c->start_temp_c));
  set_spin_range (self->finish_temp_spin, temp_lo, temp_hi, temp_to_display (self, finish));
  gtk_label_set_text (self->start_temp_unit, temp_symbol (self));
  gtk_label_set_text (self->finish_temp_unit, temp_symbol (self));

  gtk_drop_down_set_selected (self->humidity_kind_dropdown,
                              c->humidity_kind == PF_HUMIDITY_DEW_POINT ? 1 : 0);
  if (c->humidity_kind == PF_HUMIDITY_DEW_POINT)
    {
      set_spin_range (self->humidity_spin, temp_lo, temp_hi, temp_to_display (self, c->humidity));
      gtk_label_set_text (self->humidity_unit, temp_symbol (self));
      pf_field_set_row_title (GTK_WIDGET (self->humidity_value_row),
                              GTK_WIDGET (self->humidity_spin), _("Dew Point"));
    }
  else
    {
      set_spin_range (self->humidity_spin, 0, 100, c->humidity);
      gtk_label_set_text (self->humidity_unit, "%");
      pf_field_set_row_title (GTK_WIDGET (self->humidity_value_row),
                              GTK_WIDGET (self->humidity_spin), _("Relative Humidity"));
    }
}

/* ---- the race-day forecast ------------------------------------------------------------ */

static void
show_forecast_message (PfWeatherSection *self,
                       const char       *message)
{
  gtk_label_set_text (self->forecast_message, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->forecast_message), message != NULL);
}

static void
update_forecast_button (PfWeatherSection *self)
{
  PfDocument *document = document_of (self);
  const PfPlanInputs *inputs = document ? pf_document_get_inputs (document) : NULL;
  gboolean has_plan = document != NULL && pf_document_get_plan (document) != NULL;
  gboolean fetching = pf_forecast_fetcher_get_fetching (self->fetcher);
  GtkWidget *button = GTK_WIDGET (self->forecast_button);

  gtk_widget_set_visible (GTK_WIDGET (self->forecast_spinner), fetching);
  gtk_spinner_set_spinning (self->forecast_spinner, fetching);
  gtk_button_set_label (self->forecast_button, fetching ? _("_Cancel") : _("_Get Forecast"));

  if (fetching)
    {
      gtk_widget_set_sensitive (button, TRUE);
      gtk_widget_set_tooltip_text (button, _("Stop asking for the forecast"));
    }
  else if (!has_plan || inputs == NULL || !pf_forecast_fetcher_race_day_is_set (inputs))
    {
      gtk_widget_set_sensitive (button, FALSE);
      gtk_widget_set_tooltip_text (button,
                                   _("Set the race day first: a forecast is for one day"));
    }
  else
    {
      gtk_widget_set_sensitive (button, TRUE);
      gtk_widget_set_tooltip_text (button,
                                   _("Ask Open-Meteo for the hourly weather at the start on "
                                     "race day"));
    }
}

/* The hours are rebuilt only when they are other hours: editing one keeps its field focused. */
static void
sync_forecast (PfWeatherSection *self,
               gboolean          force)
{
  const PfConditions *c = &pf_document_get_inputs (document_of (self))->conditions;
  gboolean has_hours = c->hours != NULL && c->hours->len > 0;

  gtk_widget_set_sensitive (self->start_temp_row, !has_hours);
  gtk_widget_set_sensitive (self->finish_temp_row, !has_hours);
  gtk_widget_set_sensitive (self->humidity_row, !has_hours);
  gtk_widget_set_sensitive (GTK_WIDGET (self->humidity_value_row), !has_hours);

  if (!has_hours)
    {
      adw_action_row_set_subtitle (self->forecast_row,
                                   _("Hourly weather at the start on race day, only when you "
                                     "ask"));
    }
  else if (c->forecast_source != NULL && c->forecast_fetched_at != 0)
    {
      g_autoptr(GDateTime) fetched = g_date_time_new_from_unix_local (c->forecast_fetched_at);
      /* Translators: when the forecast was fetched, see g_date_time_format() */
      g_autofree char *when = g_date_time_format (fetched, _("%-d %b, %H:%M"));
      /* Translators: %s is when the forecast was fetched */
      g_autofree char *from = g_strdup_printf (_("Forecast from %s, hourly"), when);
      /* Open-Meteo's licence (CC BY 4.0) asks for the credit wherever its data shows. */
      g_autofree char *text = g_markup_printf_escaped ("%s\n%s (%s)", from,
                                                       pf_forecast_attribution (),
                                                       PF_FORECAST_LICENSE);

      adw_action_row_set_subtitle (self->forecast_row, text);
    }
  else
    {
      adw_action_row_set_subtitle (self->forecast_row, _("Hourly weather, typed"));
    }

  pf_weather_hours_show (self->hours_row, c, units_of (self), force);
  gtk_widget_set_visible (GTK_WIDGET (self->hours_row), has_hours);
  gtk_widget_set_visible (GTK_WIDGET (self->typed_button), has_hours);
  update_forecast_button (self);
}

/* Asking clears what the last fetch said. */
static void
on_fetching_changed_cb (PfWeatherSection *self)
{
  if (pf_forecast_fetcher_get_fetching (self->fetcher))
    show_forecast_message (self, NULL);
  update_forecast_button (self);
}

static void
on_fetched_cb (PfWeatherSection *self,
               const GError     *error)
{
  if (error != NULL)
    {
      /* An hour the plan cannot use is said with the plan's limits, as quantities. */
      g_autofree char *why = pf_units_expand (units_of (self), error->message);
      /* Translators: %s says why, as the weather service or the network put it */
      g_autofree char *text = g_strdup_printf (_("No forecast: %s"), why);

      show_forecast_message (self, text);
      return;
    }

  show_forecast_message (self, NULL);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self->hours_row), TRUE);
  sync_forecast (self, TRUE);
}

static void
on_forecast_button_clicked_cb (PfWeatherSection *self)
{
  if (pf_forecast_fetcher_get_fetching (self->fetcher))
    pf_forecast_fetcher_cancel (self->fetcher);
  else
    pf_forecast_fetcher_fetch (self->fetcher);
}

static void
on_typed_button_clicked_cb (PfWeatherSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;

  g_array_set_size (inputs.conditions.hours, 0);
  g_clear_pointer (&inputs.conditions.forecast_source, g_free);
  inputs.conditions.forecast_fetched_at = 0;
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, NULL);
}

/* ---- the section ---------------------------------------------------------------------- */

static void
pf_weather_section_sync (PfEditorSection    *section,
                         const PfPlanInputs *inputs,
                         gboolean            force)
{
  PfWeatherSection *self = PF_WEATHER_SECTION (section);

  sync_typed (self, &inputs->conditions);
  sync_forecast (self, force);
}

static void
pf_weather_section_file_changed (PfDocumentWidget *widget)
{
  PfWeatherSection *self = PF_WEATHER_SECTION (widget);

  /* A forecast asked for the previous course must not land on this one. */
  pf_forecast_fetcher_cancel (self->fetcher);
  pf_editor_section_sync (PF_EDITOR_SECTION (self), TRUE);
  /* A plan just opened gets its race day's weather, when the runner wants it so. */
  pf_forecast_fetcher_auto_fetch (self->fetcher);
}

static void
pf_weather_section_dispose (GObject *object)
{
  PfWeatherSection *self = PF_WEATHER_SECTION (object);

  if (self->fetcher != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->fetcher, self);
      pf_forecast_fetcher_cancel (self->fetcher);
      g_clear_object (&self->fetcher);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_WEATHER_SECTION);

  G_OBJECT_CLASS (pf_weather_section_parent_class)->dispose (object);
}

static void
pf_weather_section_class_init (PfWeatherSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfEditorSectionClass *section_class = PF_EDITOR_SECTION_CLASS (klass);

  object_class->dispose = pf_weather_section_dispose;

  section_class->sync = pf_weather_section_sync;
  PF_DOCUMENT_WIDGET_CLASS (klass)->file_changed = pf_weather_section_file_changed;

  g_type_ensure (PF_TYPE_WEATHER_HOURS);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-weather-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, start_temp_row);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, start_temp_spin);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, start_temp_unit);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, finish_temp_row);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, finish_temp_spin);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, finish_temp_unit);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, humidity_row);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, humidity_kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, humidity_value_row);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, humidity_spin);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, humidity_unit);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, forecast_row);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, forecast_spinner);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, forecast_button);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, hours_row);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, typed_button);
  gtk_widget_class_bind_template_child (widget_class, PfWeatherSection, forecast_message);
  gtk_widget_class_bind_template_callback (widget_class, on_conditions_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_finish_temp_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_humidity_kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_hour_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_forecast_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_typed_button_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "pf-weather-section");
}

static void
pf_weather_section_init (PfWeatherSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pf_field_name_expander_switches (GTK_WIDGET (self));

  self->fetcher = pf_forecast_fetcher_new ();
  g_object_bind_property (self, "document", self->fetcher, "document", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->fetcher, "notify::fetching",
                           G_CALLBACK (on_fetching_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->fetcher, "fetched", G_CALLBACK (on_fetched_cb), self,
                           G_CONNECT_SWAPPED);
}

gboolean
pf_weather_section_get_auto_forecast (PfWeatherSection *self)
{
  g_return_val_if_fail (PF_IS_WEATHER_SECTION (self), FALSE);

  return self->fetcher != NULL && pf_forecast_fetcher_get_auto_forecast (self->fetcher);
}

/* Whether the race-day forecast is fetched without asking: as the plan opens, and again every
 * few hours while it is open (PfForecastFetcher). */
void
pf_weather_section_set_auto_forecast (PfWeatherSection *self,
                                      gboolean          auto_forecast)
{
  g_return_if_fail (PF_IS_WEATHER_SECTION (self));

  if (self->fetcher != NULL)
    pf_forecast_fetcher_set_auto_forecast (self->fetcher, auto_forecast);
}
