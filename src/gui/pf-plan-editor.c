/* pf-plan-editor.c — the runner's choices: goal or recent race, start, weather, pacing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-plan-editor"

#include "config.h"

#include "pf-plan-editor.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "forecast/pf-forecast-client.h"
#include "report/pf-report-enums.h"
#include "pf-plan-view-private.h"
#include "pf-field.h"

/* The rows of the race distance combo, in order; the last row is "Custom". */
static const double race_presets[] = {
  PF_DISTANCE_5K,
  PF_DISTANCE_10K,
  PF_DISTANCE_HALF,
  PF_DISTANCE_MARATHON,
};
#define RACE_CUSTOM_INDEX G_N_ELEMENTS (race_presets)

#define SECONDS_PER_DAY 86400

/* With the automatic refresh on, an open plan looks this often whether its forecast is older
 * than the age below: Open-Meteo's models run every one to six hours. */
#define AUTO_FORECAST_CHECK_S   (30 * 60)
#define AUTO_FORECAST_MAX_AGE_S (3 * 60 * 60)

/* Every field edits a copy of the document's inputs and hands it back: the document
 * recomputes at once (the cleaned course is reused) and either takes the inputs or says why
 * not, which the field then shows. Fields are filled from the document's inputs whenever the
 * plan changes, except text the runner is still typing. */
struct _PfPlanEditor
{
  PfInputsEditor       parent_instance;

  GtkLabel            *error_label;
  GtkToggleButton     *mode_goal_button;
  GtkToggleButton     *mode_race_button;
  AdwActionRow        *goal_row;
  GtkEntry            *goal_entry;
  AdwPreferencesGroup *race_group;
  AdwComboRow         *race_distance_row;
  AdwActionRow        *race_custom_row;
  GtkSpinButton       *race_custom_spin;
  GtkLabel            *race_custom_unit;
  GtkEntry            *race_time_entry;
  GtkMenuButton       *date_button;
  GtkCalendar         *calendar;
  GtkEntry            *time_entry;
  GtkSpinButton       *start_temp_spin;
  GtkLabel            *start_temp_unit;
  GtkSpinButton       *finish_temp_spin;
  GtkLabel            *finish_temp_unit;
  GtkDropDown         *humidity_kind_dropdown;
  AdwActionRow        *humidity_value_row;
  GtkSpinButton       *humidity_spin;
  GtkLabel            *humidity_unit;
  AdwComboRow         *grade_model_row;
  AdwComboRow         *heat_model_row;
  AdwComboRow         *strategy_row;
  AdwActionRow        *strategy_pct_row;
  GtkSpinButton       *strategy_pct_spin;
  GtkSpinButton       *drift_spin;
  AdwComboRow         *split_unit_row;
  GtkWidget           *start_temp_row;
  GtkWidget           *finish_temp_row;
  GtkWidget           *humidity_row;
  AdwActionRow        *forecast_row;
  GtkSpinner          *forecast_spinner;
  GtkButton           *forecast_button;
  AdwExpanderRow      *hours_row;
  GtkButton           *typed_button;
  GtkLabel            *forecast_message;

  /* One row per hour of inputs.conditions.hours, in order. */
  GPtrArray           *hour_rows;
  PfForecastClient    *forecast_client;
  GCancellable        *forecast_cancellable;
  gboolean             auto_forecast;
  guint                auto_forecast_id;

};

G_DEFINE_FINAL_TYPE (PfPlanEditor, pf_plan_editor, PF_TYPE_INPUTS_EDITOR)

enum {
  PROP_0,
  PROP_AUTO_FORECAST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static inline PfDocument *
document_of (PfPlanEditor *self)
{
  return pf_inputs_editor_get_document (PF_INPUTS_EDITOR (self));
}

static inline PfUnitSystem
units_of (PfPlanEditor *self)
{
  return pf_inputs_editor_get_units (PF_INPUTS_EDITOR (self));
}

static void sync_forecast       (PfPlanEditor *self,
                                 gboolean      force);
static void cancel_forecast     (PfPlanEditor *self);
static void auto_fetch_forecast (PfPlanEditor *self);

static double
temp_to_display (PfPlanEditor *self,
                 double        temp_c)
{
  return pf_units_temperature_value (units_of (self), temp_c);
}

static double
temp_from_display (PfPlanEditor *self,
                   double        value)
{
  return units_of (self) == PF_UNITS_IMPERIAL ? (value - 32.0) * 5.0 / 9.0 : value;
}

static const char *
temp_symbol (PfPlanEditor *self)
{
  return pf_units_temperature_symbol (units_of (self));
}

static double
distance_unit_m (PfPlanEditor *self)
{
  return units_of (self) == PF_UNITS_IMPERIAL ? PF_METRES_PER_MILE : 1000.0;
}

/* The distance the goal time is for, so "3:30" can be read as hours for a marathon. */
static double
goal_distance (PfPlanEditor *self)
{
  PfPlan *plan = document_of (self) ? pf_document_get_plan (document_of (self)) : NULL;

  return plan != NULL ? pf_course_get_distance (pf_plan_get_course (plan)) : 0.0;
}

static void
on_goal_entry_changed_cb (PfPlanEditor *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  double seconds;

  if (pf_inputs_editor_is_syncing (PF_INPUTS_EDITOR (self)))
    return;
  if (!pf_race_time_parse (gtk_editable_get_text (GTK_EDITABLE (self->goal_entry)),
                           goal_distance (self), &seconds))
    {
      pf_field_set_error (GTK_WIDGET (self->goal_entry),
                       _("Type the finish time as hours, minutes and seconds, such as 3:30:00"));
      return;
    }
  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    return;

  inputs.goal_time_s = seconds;
  pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, GTK_WIDGET (self->goal_entry));
}

static void
update_mode_rows (PfPlanEditor *self)
{
  gboolean goal = gtk_toggle_button_get_active (self->mode_goal_button);

  gtk_widget_set_visible (GTK_WIDGET (self->goal_row), goal);
  adw_preferences_group_set_description (self->race_group,
                                         goal
                                         ? _("Optional: shows what the race predicts for this "
                                             "course")
                                         : _("The plan runs at the effort this race predicts"));
}

static void
on_mode_toggled_cb (PfPlanEditor *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  gboolean goal = gtk_toggle_button_get_active (self->mode_goal_button);

  update_mode_rows (self);
  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    return;

  inputs.pace_mode = goal ? PF_PACE_MODE_GOAL : PF_PACE_MODE_EFFORT;
  if (inputs.pace_mode == pf_document_get_inputs (document_of (self))->pace_mode)
    return;
  /* The only way to refuse a mode is a missing or impossible race: say so at the race. */
  pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, GTK_WIDGET (self->race_time_entry));
}

static double
race_distance (PfPlanEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->race_distance_row);

  if (selected < G_N_ELEMENTS (race_presets))
    return race_presets[selected];
  return gtk_spin_button_get_value (self->race_custom_spin) * distance_unit_m (self);
}

static void
on_race_changed_cb (PfPlanEditor *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->race_time_entry));
  double seconds = 0;

  gtk_widget_set_visible (GTK_WIDGET (self->race_custom_row),
                          adw_combo_row_get_selected (self->race_distance_row)
                          == RACE_CUSTOM_INDEX);
  if (pf_inputs_editor_is_syncing (PF_INPUTS_EDITOR (self)))
    return;

  if (*text != '\0' && !pf_race_time_parse (text, race_distance (self), &seconds))
    {
      pf_field_set_error (GTK_WIDGET (self->race_time_entry),
                       _("Type the race time as hours, minutes and seconds (1:45:00) or minutes "
                         "and seconds (48:30)"));
      return;
    }
  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    return;

  g_array_set_size (inputs.races, 0);
  if (seconds > 0)
    pf_plan_inputs_add_race (&inputs, race_distance (self), seconds);
  pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, GTK_WIDGET (self->race_time_entry));
}

static gint64
start_day (gint64 start_time)
{
  return start_time >= 0 ? start_time / SECONDS_PER_DAY
                         : (start_time - SECONDS_PER_DAY + 1) / SECONDS_PER_DAY;
}

static void
on_time_entry_changed_cb (PfPlanEditor *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->time_entry));
  gint64 time_of_day;

  if (pf_inputs_editor_is_syncing (PF_INPUTS_EDITOR (self)))
    return;
  /* Only a time of day parses to the first day of 1970, which leaves the seconds of the day. */
  if (!pf_start_time_parse (text, &time_of_day) || time_of_day >= SECONDS_PER_DAY
      || time_of_day < 0)
    {
      pf_field_set_error (GTK_WIDGET (self->time_entry),
                       _("Type the start time as hours and minutes, such as 07:30"));
      return;
    }
  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    return;

  inputs.start_time = start_day (inputs.start_time) * SECONDS_PER_DAY + time_of_day;
  pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, GTK_WIDGET (self->time_entry));
}

static void
on_calendar_day_selected_cb (PfPlanEditor *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDateTime) midnight = NULL;
  gint64 time_of_day;

  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    return;

  /* Start times are wall-clock seconds without a zone: the date as written, in UTC. */
  midnight = g_date_time_new_utc (g_date_time_get_year (date), g_date_time_get_month (date),
                                  g_date_time_get_day_of_month (date), 0, 0, 0);
  time_of_day = inputs.start_time - start_day (inputs.start_time) * SECONDS_PER_DAY;
  inputs.start_time = g_date_time_to_unix (midnight) + time_of_day;
  pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, GTK_WIDGET (self->date_button));
  gtk_menu_button_popdown (self->date_button);
}

static void
on_conditions_changed_cb (PfPlanEditor *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  double humidity = gtk_spin_button_get_value (self->humidity_spin);

  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    return;

  inputs.conditions.start_temp_c =
    temp_from_display (self, gtk_spin_button_get_value (self->start_temp_spin));
  inputs.conditions.humidity = inputs.conditions.humidity_kind == PF_HUMIDITY_DEW_POINT
                               ? temp_from_display (self, humidity) : humidity;
  /* A finish temperature that follows the start shows the new start: the plan's notify
   * fills the fields again. */
  pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, NULL);
}

static void
on_finish_temp_changed_cb (PfPlanEditor *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };

  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    return;

  inputs.conditions.finish_temp_c =
    temp_from_display (self, gtk_spin_button_get_value (self->finish_temp_spin));
  pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, GTK_WIDGET (self->finish_temp_spin));
}

/* Switching between relative humidity and dew point keeps the air the same: the value is
 * converted at the start temperature. */
static void
on_humidity_kind_changed_cb (PfPlanEditor *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  PfHumidityKind kind;
  PfConditions *c;

  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
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
  pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, GTK_WIDGET (self->humidity_spin));
  pf_inputs_editor_sync (PF_INPUTS_EDITOR (self), TRUE);
}

static const char *
grade_model_description (PfGradeModel model)
{
  switch (model)
    {
    case PF_GRADE_MODEL_MINETTI:
      return _("Lab energy cost: right uphill, too generous downhill");
    case PF_GRADE_MODEL_ULTRAPACER:
      return _("A simple curve for trails and ultras");
    case PF_GRADE_MODEL_STRAVA:
    default:
      return _("Recommended: fitted on millions of runs");
    }
}

static const char *
heat_model_description (PfHeatModel model)
{
  switch (model)
    {
    case PF_HEAT_MODEL_MANTZIOS:
      return _("Temperature and humidity, from 754 marathons");
    case PF_HEAT_MODEL_HADLEY:
    default:
      return _("Recommended: temperature plus dew point");
    }
}

static const char *
strategy_description (PfStrategy strategy)
{
  switch (strategy)
    {
    case PF_STRATEGY_EVEN_PACE:
      return _("The same pace everywhere, whatever the hills");
    case PF_STRATEGY_NEGATIVE:
      return _("Start easier, finish faster");
    case PF_STRATEGY_POSITIVE:
      return _("Faster early, slower late");
    case PF_STRATEGY_EVEN_EFFORT:
    default:
      return _("Same effort: slower up hills, faster down");
    }
}

/* GTK 4.8 does not name a field after the row it is labelled by (it reads only that row's own
 * label, and a row has none), so a field whose row changes its title takes the title too. */
static void
set_field_title (AdwPreferencesRow *row,
                 GtkWidget         *field,
                 const char        *title)
{
  adw_preferences_row_set_title (row, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
}

static void
update_pacing_rows (PfPlanEditor *self)
{
  PfStrategy strategy = adw_combo_row_get_selected (self->strategy_row);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->grade_model_row),
                               grade_model_description (adw_combo_row_get_selected (
                                 self->grade_model_row)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->heat_model_row),
                               heat_model_description (adw_combo_row_get_selected (
                                 self->heat_model_row)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->strategy_row),
                               strategy_description (strategy));
  gtk_widget_set_visible (GTK_WIDGET (self->strategy_pct_row),
                          strategy == PF_STRATEGY_NEGATIVE || strategy == PF_STRATEGY_POSITIVE);
  set_field_title (ADW_PREFERENCES_ROW (self->strategy_pct_row),
                   GTK_WIDGET (self->strategy_pct_spin),
                   strategy == PF_STRATEGY_POSITIVE
                   ? _("Second Half Slower By")
                   : _("Second Half Faster By"));
}

static void
on_pacing_changed_cb (PfPlanEditor *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };

  update_pacing_rows (self);
  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    return;

  inputs.grade_model = adw_combo_row_get_selected (self->grade_model_row);
  inputs.heat_model = adw_combo_row_get_selected (self->heat_model_row);
  inputs.strategy = adw_combo_row_get_selected (self->strategy_row);
  inputs.strategy_pct = inputs.strategy == PF_STRATEGY_NEGATIVE
                        || inputs.strategy == PF_STRATEGY_POSITIVE
                        ? gtk_spin_button_get_value (self->strategy_pct_spin) : 0.0;
  inputs.drift_pct = gtk_spin_button_get_value (self->drift_spin);
  inputs.split_unit = adw_combo_row_get_selected (self->split_unit_row);
  pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, NULL);
}

/* Leaves text alone while it says what the inputs hold (the runner may be typing, "3:30" for a
 * race of @distance_m), and while it is marked wrong, unless @force. */
static void
sync_duration_entry (GtkEntry *entry,
                     double    seconds,
                     double    distance_m,
                     gboolean  force)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  double shown;
  g_autofree char *formatted = NULL;

  if (seconds <= 0)
    {
      if (force || (*text != '\0' && !pf_field_has_error (entry)))
        gtk_editable_set_text (GTK_EDITABLE (entry), "");
      pf_field_set_error (GTK_WIDGET (entry), NULL);
      return;
    }
  if (!force && pf_field_has_error (entry))
    return;
  if (pf_race_time_parse (text, distance_m, &shown) && fabs (shown - seconds) < 0.5)
    return;

  formatted = pf_duration_format (seconds);
  gtk_editable_set_text (GTK_EDITABLE (entry), formatted);
  pf_field_set_error (GTK_WIDGET (entry), NULL);
}

static void
sync_time_entry (PfPlanEditor *self,
                 gint64        start_time,
                 gboolean      force)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->time_entry));
  gint64 time_of_day = start_time - start_day (start_time) * SECONDS_PER_DAY;
  gint64 shown;
  g_autofree char *formatted = NULL;

  if (!force && pf_field_has_error (self->time_entry))
    return;
  if (pf_start_time_parse (text, &shown) && shown == time_of_day)
    return;

  formatted = g_strdup_printf ("%02d:%02d", (int) (time_of_day / 3600),
                               (int) (time_of_day / 60 % 60));
  gtk_editable_set_text (GTK_EDITABLE (self->time_entry), formatted);
  pf_field_set_error (GTK_WIDGET (self->time_entry), NULL);
}

static void
sync_date_button (PfPlanEditor *self,
                  gint64        start_time)
{
  gint64 day = start_day (start_time);
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (day * SECONDS_PER_DAY);

  /* Day 0 is what a bare time of day gives: no date chosen yet. */
  if (day == 0 || date == NULL)
    {
      gtk_menu_button_set_label (self->date_button, _("Not Set"));
    }
  else
    {
      /* Translators: the race day on its button, see g_date_time_format() */
      g_autofree char *label = g_date_time_format (date, _("%-d %b %Y"));

      gtk_menu_button_set_label (self->date_button, label);
      gtk_calendar_select_day (self->calendar, date);
    }
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
pf_plan_editor_sync (PfInputsEditor     *editor,
                     const PfPlanInputs *inputs,
                     gboolean            force)
{
  PfPlanEditor *self = PF_PLAN_EDITOR (editor);
  const PfConditions *c;
  double temp_lo = temp_to_display (self, -30), temp_hi = temp_to_display (self, 50);
  double finish;

  c = &inputs->conditions;

  gtk_toggle_button_set_active (inputs->pace_mode == PF_PACE_MODE_GOAL
                                ? self->mode_goal_button : self->mode_race_button, TRUE);
  update_mode_rows (self);
  sync_duration_entry (self->goal_entry, inputs->goal_time_s, goal_distance (self), force);

  if (inputs->races->len > 0)
    {
      const PfRaceResult *race = &g_array_index (inputs->races, PfRaceResult, 0);
      guint index = RACE_CUSTOM_INDEX;

      for (guint i = 0; i < G_N_ELEMENTS (race_presets); i++)
        if (fabs (race_presets[i] - race->distance_m) < 0.5)
          index = i;
      if (adw_combo_row_get_selected (self->race_distance_row) != RACE_CUSTOM_INDEX
          || index != RACE_CUSTOM_INDEX)
        adw_combo_row_set_selected (self->race_distance_row, index);
      if (index == RACE_CUSTOM_INDEX)
        gtk_spin_button_set_value (self->race_custom_spin,
                                   race->distance_m / distance_unit_m (self));
      sync_duration_entry (self->race_time_entry, race->time_s, race->distance_m, force);
    }
  else
    {
      sync_duration_entry (self->race_time_entry, 0, 0, force);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->race_custom_row),
                          adw_combo_row_get_selected (self->race_distance_row)
                          == RACE_CUSTOM_INDEX);
  gtk_label_set_text (self->race_custom_unit, pf_units_distance_symbol (units_of (self)));

  sync_date_button (self, inputs->start_time);
  sync_time_entry (self, inputs->start_time, force);

  finish = isnan (c->finish_temp_c) ? c->start_temp_c : c->finish_temp_c;
  set_spin_range (self->start_temp_spin, temp_lo, temp_hi, temp_to_display (self, c->start_temp_c));
  set_spin_range (self->finish_temp_spin, temp_lo, temp_hi, temp_to_display (self, finish));
  gtk_label_set_text (self->start_temp_unit, temp_symbol (self));
  gtk_label_set_text (self->finish_temp_unit, temp_symbol (self));

  gtk_drop_down_set_selected (self->humidity_kind_dropdown,
                              c->humidity_kind == PF_HUMIDITY_DEW_POINT ? 1 : 0);
  if (c->humidity_kind == PF_HUMIDITY_DEW_POINT)
    {
      set_spin_range (self->humidity_spin, temp_lo, temp_hi, temp_to_display (self, c->humidity));
      gtk_label_set_text (self->humidity_unit, temp_symbol (self));
      set_field_title (ADW_PREFERENCES_ROW (self->humidity_value_row),
                       GTK_WIDGET (self->humidity_spin), _("Dew Point"));
    }
  else
    {
      set_spin_range (self->humidity_spin, 0, 100, c->humidity);
      gtk_label_set_text (self->humidity_unit, "%");
      set_field_title (ADW_PREFERENCES_ROW (self->humidity_value_row),
                       GTK_WIDGET (self->humidity_spin), _("Relative Humidity"));
    }

  adw_combo_row_set_selected (self->grade_model_row, inputs->grade_model);
  adw_combo_row_set_selected (self->heat_model_row, inputs->heat_model);
  adw_combo_row_set_selected (self->strategy_row, inputs->strategy);
  if (inputs->strategy_pct > 0)
    gtk_spin_button_set_value (self->strategy_pct_spin, inputs->strategy_pct);
  gtk_spin_button_set_value (self->drift_spin, inputs->drift_pct);
  adw_combo_row_set_selected (self->split_unit_row, inputs->split_unit);
  update_pacing_rows (self);

  sync_forecast (self, force);
}

static void
pf_plan_editor_file_changed (PfInputsEditor *editor)
{
  PfPlanEditor *self = PF_PLAN_EDITOR (editor);

  /* A forecast asked for the previous course must not land on this one. */
  cancel_forecast (self);
  pf_inputs_editor_sync (PF_INPUTS_EDITOR (self), TRUE);
  /* A plan just opened gets its race day's weather, when the runner wants it so. */
  auto_fetch_forecast (self);
}

/* ---- the race-day forecast ------------------------------------------------------------ */

static gboolean
race_day_is_set (const PfPlanInputs *inputs)
{
  /* Day 0 is what a bare time of day gives: no date chosen yet. */
  return start_day (inputs->start_time) != 0;
}

static void
show_forecast_message (PfPlanEditor *self,
                       const char   *message)
{
  gtk_label_set_text (self->forecast_message, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->forecast_message), message != NULL);
}

static gboolean
is_fetching (PfPlanEditor *self)
{
  return self->forecast_cancellable != NULL;
}

static void
update_forecast_button (PfPlanEditor *self)
{
  const PfPlanInputs *inputs = document_of (self) ? pf_document_get_inputs (document_of (self)) : NULL;
  gboolean has_plan = document_of (self) != NULL && pf_document_get_plan (document_of (self)) != NULL;
  gboolean fetching = is_fetching (self);

  gtk_widget_set_visible (GTK_WIDGET (self->forecast_spinner), fetching);
  gtk_spinner_set_spinning (self->forecast_spinner, fetching);
  gtk_button_set_label (self->forecast_button, fetching ? _("_Cancel") : _("_Get Forecast"));

  if (fetching)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->forecast_button), TRUE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->forecast_button),
                                   _("Stop asking for the forecast"));
    }
  else if (!has_plan || inputs == NULL || !race_day_is_set (inputs))
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->forecast_button), FALSE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->forecast_button),
                                   _("Set the race day first: a forecast is for one day"));
    }
  else
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->forecast_button), TRUE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->forecast_button),
                                   _("Ask Open-Meteo for the hourly weather at the start on "
                                     "race day"));
    }
}

static void
on_hour_value_changed_cb (GtkSpinButton *spin,
                          PfPlanEditor  *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "pf-hour-index"));
  gboolean is_temp = g_object_get_data (G_OBJECT (spin), "pf-hour-temp") != NULL;
  PfWeatherHour *hour;
  double value = gtk_spin_button_get_value (spin);

  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs) || index >= inputs.conditions.hours->len)
    return;

  hour = &g_array_index (inputs.conditions.hours, PfWeatherHour, index);
  if (is_temp)
    hour->temp_c = temp_from_display (self, value);
  else
    hour->humidity = inputs.conditions.humidity_kind == PF_HUMIDITY_DEW_POINT
                     ? temp_from_display (self, value) : value;
  pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, GTK_WIDGET (spin));
}

static GtkWidget *
hour_spin_new (PfPlanEditor *self,
               guint         index,
               gboolean      is_temp,
               const char   *unit,
               const char   *accessible_label)
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
  g_object_set_data (G_OBJECT (box), "pf-spin", spin);
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
rebuild_hour_rows (PfPlanEditor *self,
                   GArray       *hours,
                   PfHumidityKind kind)
{
  const char *humidity_unit = kind == PF_HUMIDITY_DEW_POINT ? temp_symbol (self) : "%";

  for (guint i = 0; i < self->hour_rows->len; i++)
    adw_expander_row_remove (self->hours_row, g_ptr_array_index (self->hour_rows, i));
  g_ptr_array_set_size (self->hour_rows, 0);

  for (guint i = 0; i < hours->len; i++)
    {
      const PfWeatherHour *hour = &g_array_index (hours, PfWeatherHour, i);
      g_autofree char *title = hour_title (hour->time);
      g_autofree char *temp_label = g_strdup_printf (_("Temperature at %s"), title);
      g_autofree char *humidity_label =
        g_strdup_printf (kind == PF_HUMIDITY_DEW_POINT ? _("Dew point at %s")
                                                       : _("Relative humidity at %s"),
                         title);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *temp = hour_spin_new (self, i, TRUE, temp_symbol (self), temp_label);
      GtkWidget *humidity = hour_spin_new (self, i, FALSE, humidity_unit, humidity_label);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), temp);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), humidity);
      g_object_set_data (G_OBJECT (row), "pf-temp-spin", g_object_get_data (G_OBJECT (temp),
                                                                             "pf-spin"));
      g_object_set_data (G_OBJECT (row), "pf-humidity-spin",
                         g_object_get_data (G_OBJECT (humidity), "pf-spin"));
      g_object_set_data_full (G_OBJECT (row), "pf-time",
                              g_memdup2 (&hour->time, sizeof hour->time), g_free);
      adw_expander_row_add_row (self->hours_row, row);
      g_ptr_array_add (self->hour_rows, row);
    }
}

static gboolean
hour_rows_match (PfPlanEditor *self,
                 GArray       *hours)
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

/* The hours are rebuilt only when they are other hours: editing one keeps its field focused. */
static void
sync_forecast (PfPlanEditor *self,
               gboolean      force)
{
  const PfConditions *c = &pf_document_get_inputs (document_of (self))->conditions;
  gboolean has_hours = c->hours != NULL && c->hours->len > 0;

  gtk_widget_set_sensitive (self->start_temp_row, !has_hours);
  gtk_widget_set_sensitive (self->finish_temp_row, !has_hours);
  gtk_widget_set_sensitive (self->humidity_row, !has_hours);
  gtk_widget_set_sensitive (GTK_WIDGET (self->humidity_value_row), !has_hours);

  if (!has_hours)
    {
      rebuild_hour_rows (self, c->hours, c->humidity_kind);
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

  if (has_hours && (force || !hour_rows_match (self, c->hours)))
    rebuild_hour_rows (self, c->hours, c->humidity_kind);

  for (guint i = 0; has_hours && i < self->hour_rows->len; i++)
    {
      const PfWeatherHour *hour = &g_array_index (c->hours, PfWeatherHour, i);
      GObject *row = g_ptr_array_index (self->hour_rows, i);
      double humidity = c->humidity_kind == PF_HUMIDITY_DEW_POINT
                        ? temp_to_display (self, hour->humidity) : hour->humidity;

      gtk_spin_button_set_value (g_object_get_data (row, "pf-temp-spin"),
                                 round (temp_to_display (self, hour->temp_c)));
      gtk_spin_button_set_value (g_object_get_data (row, "pf-humidity-spin"), round (humidity));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->hours_row), has_hours);
  gtk_widget_set_visible (GTK_WIDGET (self->typed_button), has_hours);
  update_forecast_button (self);
}

static void
cancel_forecast (PfPlanEditor *self)
{
  g_cancellable_cancel (self->forecast_cancellable);
  g_clear_object (&self->forecast_cancellable);
}

static void
on_forecast_fetched_cb (GObject      *source_object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(PfPlanEditor) self = user_data;
  g_autoptr(PfForecast) forecast = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  PfPlan *plan;

  forecast = pf_forecast_client_fetch_finish (PF_FORECAST_CLIENT (source_object), result,
                                              &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->forecast_cancellable);
  update_forecast_button (self);
  if (document_of (self) == NULL)
    return;

  plan = pf_document_get_plan (document_of (self));
  if (forecast != NULL && plan != NULL && pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    {
      /* The typed conditions stay as they were: the hours win while there are any. */
      if (pf_forecast_apply (forecast, inputs.start_time, pf_plan_get_finish_time (plan),
                             &inputs.conditions, &error)
          && pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, NULL))
        {
          show_forecast_message (self, NULL);
          adw_expander_row_set_expanded (self->hours_row, TRUE);
          sync_forecast (self, TRUE);
          return;
        }
    }

  if (error != NULL)
    {
      /* Translators: %s says why, as the weather service or the network put it */
      g_autofree char *text = g_strdup_printf (_("No forecast: %s"), error->message);

      show_forecast_message (self, text);
    }
}

/* The race day as a date; FALSE while only a time of day is set. */
static gboolean
get_race_day (const PfPlanInputs *inputs,
              GDate              *race_day)
{
  g_autoptr(GDateTime) day = NULL;

  if (!race_day_is_set (inputs))
    return FALSE;

  day = g_date_time_new_from_unix_utc (start_day (inputs->start_time) * SECONDS_PER_DAY);
  g_date_clear (race_day, 1);
  g_date_set_dmy (race_day, g_date_time_get_day_of_month (day),
                  g_date_time_get_month (day), g_date_time_get_year (day));
  return TRUE;
}

static void
fetch_forecast (PfPlanEditor *self)
{
  const PfPlanInputs *inputs;
  PfPlan *plan;
  double latitude, longitude;
  GDate race_day;

  if (document_of (self) == NULL || (plan = pf_document_get_plan (document_of (self))) == NULL)
    return;
  inputs = pf_document_get_inputs (document_of (self));
  if (!get_race_day (inputs, &race_day))
    return;

  if (self->forecast_client == NULL)
    {
      const char *url = g_getenv ("PACEFUEL_FORECAST_URL");

      self->forecast_client = pf_forecast_client_new ();
      /* Tests and self-hosted instances point elsewhere. */
      if (url != NULL && *url != '\0')
        pf_forecast_client_set_base_url (self->forecast_client, url);
    }

  pf_course_get_start (pf_plan_get_course (plan), &latitude, &longitude);

  show_forecast_message (self, NULL);
  self->forecast_cancellable = g_cancellable_new ();
  pf_forecast_client_fetch_async (self->forecast_client, latitude, longitude, &race_day,
                                  self->forecast_cancellable, on_forecast_fetched_cb,
                                  g_object_ref (self));
  update_forecast_button (self);
}

static void
on_forecast_button_clicked_cb (PfPlanEditor *self)
{
  if (is_fetching (self))
    {
      cancel_forecast (self);
      update_forecast_button (self);
      return;
    }

  fetch_forecast (self);
}

/* Whether the automatic refresh asks now: never for a race day past or beyond what a forecast
 * covers (the request could not succeed, and says where the runner races for nothing), never
 * over hours the runner typed, and not while the forecast in the plan is still fresh. */
static gboolean
wants_auto_forecast (PfPlanEditor *self)
{
  const PfPlanInputs *inputs;
  const PfConditions *c;
  GDate today, race_day;
  int days_ahead;

  if (!self->auto_forecast || is_fetching (self) || document_of (self) == NULL
      || pf_document_get_plan (document_of (self)) == NULL)
    return FALSE;

  inputs = pf_document_get_inputs (document_of (self));
  c = &inputs->conditions;
  if (!get_race_day (inputs, &race_day))
    return FALSE;
  if (c->hours != NULL && c->hours->len > 0 && c->forecast_source == NULL)
    return FALSE;
  if (c->forecast_source != NULL
      && g_get_real_time () / G_USEC_PER_SEC - c->forecast_fetched_at < AUTO_FORECAST_MAX_AGE_S)
    return FALSE;

  /* The local date, as PfForecastClient counts its horizon. */
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  days_ahead = g_date_days_between (&today, &race_day);
  return days_ahead >= 0 && days_ahead < PF_FORECAST_HORIZON_DAYS;
}

/* Failures show below the button, as for a fetch that was asked for: never a dialog. */
static void
auto_fetch_forecast (PfPlanEditor *self)
{
  if (wants_auto_forecast (self))
    fetch_forecast (self);
}

static gboolean
auto_forecast_cb (gpointer user_data)
{
  auto_fetch_forecast (PF_PLAN_EDITOR (user_data));
  return G_SOURCE_CONTINUE;
}

static void
on_typed_button_clicked_cb (PfPlanEditor *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };

  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    return;

  g_array_set_size (inputs.conditions.hours, 0);
  g_clear_pointer (&inputs.conditions.forecast_source, g_free);
  inputs.conditions.forecast_fetched_at = 0;
  pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, NULL);
}

static void
pf_plan_editor_dispose (GObject *object)
{
  GtkWidget *child;
  PfPlanEditor *self = (PfPlanEditor *)object;

  g_clear_handle_id (&self->auto_forecast_id, g_source_remove);
  cancel_forecast (self);
  g_clear_object (&self->forecast_client);
  g_clear_pointer (&self->hour_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_PLAN_EDITOR);
  /* The unnamed rows of the box layout are not template children: unparent them too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (pf_plan_editor_parent_class)->dispose (object);
}

static void
pf_plan_editor_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PfPlanEditor *self = PF_PLAN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_AUTO_FORECAST:
      g_value_set_boolean (value, self->auto_forecast);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_plan_editor_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PfPlanEditor *self = PF_PLAN_EDITOR (object);

  switch (prop_id)
    {
    case PROP_AUTO_FORECAST:
      pf_plan_editor_set_auto_forecast (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_plan_editor_class_init (PfPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfInputsEditorClass *editor_class = PF_INPUTS_EDITOR_CLASS (klass);

  object_class->dispose = pf_plan_editor_dispose;
  object_class->get_property = pf_plan_editor_get_property;
  object_class->set_property = pf_plan_editor_set_property;

  editor_class->sync = pf_plan_editor_sync;
  editor_class->file_changed = pf_plan_editor_file_changed;

  /* Whether the race-day forecast is fetched without asking: as the plan opens, and again
   * every few hours while it is open (PfWindow binds it to the auto-forecast key). */
  properties[PROP_AUTO_FORECAST] =
    g_param_spec_boolean ("auto-forecast", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                           G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-plan-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, mode_goal_button);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, mode_race_button);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, goal_row);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, goal_entry);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, race_group);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, race_distance_row);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, race_custom_row);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, race_custom_spin);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, race_custom_unit);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, race_time_entry);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, time_entry);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, start_temp_spin);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, start_temp_unit);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, finish_temp_spin);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, finish_temp_unit);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, humidity_kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, humidity_spin);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, humidity_value_row);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, humidity_unit);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, grade_model_row);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, heat_model_row);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, strategy_row);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, strategy_pct_row);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, strategy_pct_spin);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, drift_spin);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, split_unit_row);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, start_temp_row);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, finish_temp_row);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, humidity_row);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, forecast_row);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, forecast_spinner);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, forecast_button);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, hours_row);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, typed_button);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, forecast_message);
  gtk_widget_class_bind_template_callback (widget_class, on_forecast_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_typed_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_goal_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_mode_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_race_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_time_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_conditions_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_finish_temp_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_humidity_kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pacing_changed_cb);

  gtk_widget_class_set_css_name (widget_class, "pf-plan-editor");
}

static void
pf_plan_editor_init (PfPlanEditor *self)
{
  self->hour_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  pf_inputs_editor_set_error_label (PF_INPUTS_EDITOR (self), self->error_label);
  pf_field_name_expander_switches (GTK_WIDGET (self));
  update_mode_rows (self);
  update_pacing_rows (self);
}

GtkWidget *
pf_plan_editor_new (void)
{
  return g_object_new (PF_TYPE_PLAN_EDITOR, NULL);
}

gboolean
pf_plan_editor_get_auto_forecast (PfPlanEditor *self)
{
  g_return_val_if_fail (PF_IS_PLAN_EDITOR (self), FALSE);

  return self->auto_forecast;
}

void
pf_plan_editor_set_auto_forecast (PfPlanEditor *self,
                                  gboolean      auto_forecast)
{
  g_return_if_fail (PF_IS_PLAN_EDITOR (self));

  auto_forecast = !!auto_forecast;
  if (self->auto_forecast == auto_forecast)
    return;

  self->auto_forecast = auto_forecast;
  g_clear_handle_id (&self->auto_forecast_id, g_source_remove);
  if (auto_forecast)
    {
      self->auto_forecast_id = g_timeout_add_seconds (AUTO_FORECAST_CHECK_S, auto_forecast_cb,
                                                      self);
      auto_fetch_forecast (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTO_FORECAST]);
}

GtkEditable *
_pf_plan_editor_get_goal_entry (PfPlanEditor *self)
{
  return GTK_EDITABLE (self->goal_entry);
}

GtkEditable *
_pf_plan_editor_get_race_time_entry (PfPlanEditor *self)
{
  return GTK_EDITABLE (self->race_time_entry);
}

AdwComboRow *
_pf_plan_editor_get_race_distance_row (PfPlanEditor *self)
{
  return self->race_distance_row;
}

GtkSpinButton *
_pf_plan_editor_get_finish_temp_spin (PfPlanEditor *self)
{
  return self->finish_temp_spin;
}

AdwComboRow *
_pf_plan_editor_get_heat_model_row (PfPlanEditor *self)
{
  return self->heat_model_row;
}

GtkButton *
_pf_plan_editor_get_forecast_button (PfPlanEditor *self)
{
  return self->forecast_button;
}

GtkButton *
_pf_plan_editor_get_typed_button (PfPlanEditor *self)
{
  return self->typed_button;
}

AdwExpanderRow *
_pf_plan_editor_get_hours_row (PfPlanEditor *self)
{
  return self->hours_row;
}

GtkLabel *
_pf_plan_editor_get_forecast_message (PfPlanEditor *self)
{
  return self->forecast_message;
}

AdwActionRow *
_pf_plan_editor_get_forecast_row (PfPlanEditor *self)
{
  return self->forecast_row;
}

GtkSpinButton *
_pf_plan_editor_get_hour_temp_spin (PfPlanEditor *self,
                                    guint         index)
{
  if (index >= self->hour_rows->len)
    return NULL;

  return g_object_get_data (g_ptr_array_index (self->hour_rows, index), "pf-temp-spin");
}
