/* pf-fuel-editor.c — the runner's body, sweat, fuel choices and training
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-fuel-editor"

#include "config.h"

#include "pf-fuel-editor.h"
#include "pf-fuel-view-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "report/pf-report-enums.h"
#include "pf-products-editor.h"
#include "pf-field.h"

#define KG_PER_LB 0.45359237
#define CM_PER_IN 2.54

/* The sodium combo's rows, in order; the last one shows the measured value. */
static const double sodium_bands[] = {
  PF_SWEAT_SODIUM_LOW,
  PF_SWEAT_SODIUM_TYPICAL,
  PF_SWEAT_SODIUM_SALTY,
};
#define SODIUM_MEASURED_INDEX G_N_ELEMENTS (sodium_bands)

/* Like the plan editor: every field edits a copy of the document's inputs and hands it back;
 * the document recomputes at once or says why not, and the field that was edited shows it.
 * Fields are filled from the inputs whenever the plan changes, except those marked wrong. */
struct _PfFuelEditor
{
  PfInputsEditor       parent_instance;

  GtkLabel            *error_label;
  GtkSpinButton       *mass_spin;
  GtkLabel            *mass_unit;
  GtkSpinButton       *height_spin;
  GtkLabel            *height_unit;
  GtkSpinButton       *sweat_rate_spin;
  AdwExpanderRow      *test_row;
  GtkSpinButton       *test_pre_spin;
  GtkLabel            *test_pre_unit;
  GtkSpinButton       *test_post_spin;
  GtkLabel            *test_post_unit;
  GtkSpinButton       *test_drank_spin;
  GtkSpinButton       *test_urine_spin;
  GtkSpinButton       *test_minutes_spin;
  GtkSpinButton       *test_temp_spin;
  GtkLabel            *test_temp_unit;
  GtkSpinButton       *test_humidity_spin;
  GtkDropDown         *test_humidity_kind_dropdown;
  GtkEntry            *test_pace_entry;
  GtkLabel            *test_pace_unit;
  AdwComboRow         *sodium_row;
  AdwActionRow        *sodium_value_row;
  GtkSpinButton       *sodium_spin;
  GtkDropDown         *sodium_unit_dropdown;
  GtkSwitch           *cramp_switch;
  GtkSpinButton       *gut_spin;
  AdwExpanderRow      *carbs_expander;
  GtkSpinButton       *carbs_spin;
  AdwExpanderRow      *fluid_expander;
  GtkSpinButton       *fluid_spin;
  GtkSpinButton       *ceiling_spin;
  AdwComboRow         *drink_mode_row;
  AdwExpanderRow      *bottle_expander;
  GtkSpinButton       *bottle_spin;
  AdwPreferencesGroup *aid_group;
  GtkSpinButton       *aid_spin;
  GtkLabel            *aid_unit;
  GtkButton           *aid_add_button;
  GtkSpinButton       *weekly_spin;
  GtkLabel            *weekly_unit;
  GtkSpinButton       *longest_spin;
  GtkLabel            *longest_unit;
  AdwExpanderRow      *goal_pace_expander;
  GtkSpinButton       *goal_pace_spin;
  GtkLabel            *goal_pace_unit;
  GtkSwitch           *acclimatised_switch;
  AdwActionRow        *import_row;
  GtkButton           *import_button;

  PfProductsEditor    *products_editor;

  GPtrArray           *aid_rows;
  char                *aid_key;
  GCancellable        *import_cancellable;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (PfFuelEditor, pf_fuel_editor, PF_TYPE_INPUTS_EDITOR)

static inline PfDocument *
document_of (PfFuelEditor *self)
{
  return pf_inputs_editor_get_document (PF_INPUTS_EDITOR (self));
}

static inline PfUnitSystem
units_of (PfFuelEditor *self)
{
  return pf_inputs_editor_get_units (PF_INPUTS_EDITOR (self));
}


static gboolean
imperial (PfFuelEditor *self)
{
  return units_of (self) == PF_UNITS_IMPERIAL;
}

static double
mass_unit_kg (PfFuelEditor *self)
{
  return imperial (self) ? KG_PER_LB : 1.0;
}

static double
distance_unit_km (PfFuelEditor *self)
{
  return imperial (self) ? PF_METRES_PER_MILE / 1000.0 : 1.0;
}

static double
temp_to_display (PfFuelEditor *self,
                 double        temp_c)
{
  return pf_units_temperature_value (units_of (self), temp_c);
}

static double
temp_from_display (PfFuelEditor *self,
                   double        value)
{
  return imperial (self) ? (value - 32.0) * 5.0 / 9.0 : value;
}

static double
spin (GtkSpinButton *spin_button)
{
  return gtk_spin_button_get_value (spin_button);
}

static double
sodium_from_display (PfFuelEditor *self)
{
  double value = spin (self->sodium_spin);

  return gtk_drop_down_get_selected (self->sodium_unit_dropdown) == 1
         ? value * PF_SODIUM_MG_PER_MMOL : value;
}

static void
update_sodium_rows (PfFuelEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->sodium_row);
  const char *subtitle;

  switch (selected)
    {
    case 0:
      subtitle = _("About 500 mg/L: little salt in your sweat");
      break;
    case 2:
      subtitle = _("White salt marks on your kit or skin after a run");
      break;
    case SODIUM_MEASURED_INDEX:
      subtitle = _("From a sweat test");
      break;
    case 1:
    default:
      subtitle = _("About 900 mg/L, like most runners");
      break;
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->sodium_row), subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->sodium_value_row),
                          selected == SODIUM_MEASURED_INDEX);
}

/* One handler for the fields that each set one value: @source says which. */
static void
on_fields_changed_cb (GObject      *source,
                      PfFuelEditor *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  PfRunner *r;
  PfFuelOptions *f;
  PfTraining *t;

  if (source == G_OBJECT (self->sodium_row))
    update_sodium_rows (self);
  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    return;

  r = &inputs.runner;
  f = &inputs.fuel;
  t = &inputs.training;
  if (source == G_OBJECT (self->mass_spin))
    r->mass_kg = spin (self->mass_spin) * mass_unit_kg (self);
  else if (source == G_OBJECT (self->height_spin))
    r->height_cm = spin (self->height_spin) * (imperial (self) ? CM_PER_IN : 1.0);
  else if (source == G_OBJECT (self->sweat_rate_spin))
    r->sweat_rate_l_per_h = spin (self->sweat_rate_spin);
  else if (source == G_OBJECT (self->sodium_row))
    {
      guint selected = adw_combo_row_get_selected (self->sodium_row);

      r->sweat_sodium_mg_per_l = selected < G_N_ELEMENTS (sodium_bands)
                                 ? sodium_bands[selected] : sodium_from_display (self);
    }
  else if (source == G_OBJECT (self->sodium_spin))
    r->sweat_sodium_mg_per_l = sodium_from_display (self);
  else if (source == G_OBJECT (self->cramp_switch))
    r->cramp_prone = gtk_switch_get_active (self->cramp_switch);
  else if (source == G_OBJECT (self->gut_spin))
    r->gut_max_g_per_h = spin (self->gut_spin);
  else if (source == G_OBJECT (self->carbs_expander) || source == G_OBJECT (self->carbs_spin))
    f->carbs_per_hour_g = adw_expander_row_get_enable_expansion (self->carbs_expander)
                          ? spin (self->carbs_spin) : 0.0;
  else if (source == G_OBJECT (self->fluid_expander) || source == G_OBJECT (self->fluid_spin))
    f->fluid_per_hour_l = adw_expander_row_get_enable_expansion (self->fluid_expander)
                          ? spin (self->fluid_spin) : 0.0;
  else if (source == G_OBJECT (self->ceiling_spin))
    f->fluid_ceiling_l_per_h = spin (self->ceiling_spin);
  else if (source == G_OBJECT (self->drink_mode_row))
    f->drink_mode = adw_combo_row_get_selected (self->drink_mode_row) == 1
                    ? PF_DRINK_THIRST : PF_DRINK_PLANNED;
  else if (source == G_OBJECT (self->bottle_expander) || source == G_OBJECT (self->bottle_spin))
    f->carry_bottle_ml = adw_expander_row_get_enable_expansion (self->bottle_expander)
                         ? spin (self->bottle_spin) : 0.0;
  else if (source == G_OBJECT (self->weekly_spin))
    t->weekly_km = spin (self->weekly_spin) * distance_unit_km (self);
  else if (source == G_OBJECT (self->longest_spin))
    t->longest_run_km = spin (self->longest_spin) * distance_unit_km (self);
  else if (source == G_OBJECT (self->goal_pace_expander) || source == G_OBJECT (self->goal_pace_spin))
    t->goal_pace_km = adw_expander_row_get_enable_expansion (self->goal_pace_expander)
                      ? spin (self->goal_pace_spin) * distance_unit_km (self) : NAN;
  else if (source == G_OBJECT (self->acclimatised_switch))
    t->acclimatised = gtk_switch_get_active (self->acclimatised_switch);
  else
    return;

  pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, GTK_WIDGET (source));
}

static void
on_fields_notify_cb (GObject      *source,
                     GParamSpec   *pspec,
                     PfFuelEditor *self)
{
  on_fields_changed_cb (source, self);
}

static void
on_sodium_unit_changed_cb (PfFuelEditor *self)
{
  /* The same sodium in the other unit: the inputs do not change. */
  pf_inputs_editor_sync (PF_INPUTS_EDITOR (self), TRUE);
}

static gboolean
read_test (PfFuelEditor *self,
           PfSweatTest  *test)
{
  double pace;
  double humidity = spin (self->test_humidity_spin);

  if (!pf_duration_parse (gtk_editable_get_text (GTK_EDITABLE (self->test_pace_entry)), &pace)
      || pace <= 0)
    {
      pf_field_set_error (GTK_WIDGET (self->test_pace_entry),
                       _("Type the pace as minutes and seconds, such as 5:30"));
      return FALSE;
    }
  pf_field_set_error (GTK_WIDGET (self->test_pace_entry), NULL);

  test->pre_kg = spin (self->test_pre_spin) * mass_unit_kg (self);
  test->post_kg = spin (self->test_post_spin) * mass_unit_kg (self);
  test->drank_l = spin (self->test_drank_spin);
  test->urine_l = spin (self->test_urine_spin);
  test->minutes = spin (self->test_minutes_spin);
  test->temp_c = temp_from_display (self, spin (self->test_temp_spin));
  test->dew_point_c = gtk_drop_down_get_selected (self->test_humidity_kind_dropdown) == 1
                      ? pf_dew_point (test->temp_c, CLAMP (humidity, 1, 100))
                      : temp_from_display (self, humidity);
  test->pace_s_per_km = pace / distance_unit_km (self);
  return TRUE;
}

static void
on_test_changed_cb (GObject      *source,
                    PfFuelEditor *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  GtkWidget *field = GTK_IS_WIDGET (source) ? GTK_WIDGET (source) : NULL;

  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    return;

  inputs.runner.has_sweat_test = adw_expander_row_get_enable_expansion (self->test_row);
  if (inputs.runner.has_sweat_test && !read_test (self, &inputs.runner.sweat_test))
    return;
  /* A test that is switched on but not filled in yet is the row's fault, not a field's. */
  if (source == G_OBJECT (self->test_row))
    field = GTK_WIDGET (self->test_row);
  pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, field);
}

static void
on_test_notify_cb (GObject      *source,
                   GParamSpec   *pspec,
                   PfFuelEditor *self)
{
  on_test_changed_cb (source, self);
}

static void
on_test_humidity_kind_changed_cb (PfFuelEditor *self)
{
  double temp_c = temp_from_display (self, spin (self->test_temp_spin));
  double value = spin (self->test_humidity_spin);

  /* Keep the air the same: convert what is shown, then let the test read it. */
  pf_inputs_editor_hold_edits (PF_INPUTS_EDITOR (self));
  if (gtk_drop_down_get_selected (self->test_humidity_kind_dropdown) == 1)
    gtk_spin_button_set_value (self->test_humidity_spin,
                               round (CLAMP (pf_relative_humidity (temp_c,
                                                                   temp_from_display (self, value)),
                                             1, 100)));
  else
    gtk_spin_button_set_value (self->test_humidity_spin,
                               round (temp_to_display (self, pf_dew_point (temp_c, value))));
  pf_inputs_editor_release_edits (PF_INPUTS_EDITOR (self));
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
on_aid_add_clicked_cb (PfFuelEditor *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  double metres;

  gtk_spin_button_update (self->aid_spin);
  metres = round (spin (self->aid_spin) * distance_unit_km (self) * 1000.0);
  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    return;

  for (guint i = 0; i < inputs.fuel.extra_aid_m->len; i++)
    if (fabs (g_array_index (inputs.fuel.extra_aid_m, double, i) - metres) < 1.0)
      return;
  g_array_append_val (inputs.fuel.extra_aid_m, metres);
  g_array_sort (inputs.fuel.extra_aid_m, compare_doubles);
  if (pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, GTK_WIDGET (self->aid_spin)))
    /* The next station is likely a little further on. */
    gtk_spin_button_spin (self->aid_spin, GTK_SPIN_PAGE_FORWARD, 0);
}

/* Forgets what the station at @metres offers: within 100 m, as pf_plan_inputs_offers_at reads
 * it; and records @offers unless they are what any station offers anyway. */
static void
set_offers (GArray   *aid_offers,
            double    metres,
            PfOffers  offers)
{
  for (guint i = aid_offers->len; i-- > 0;)
    if (fabs (g_array_index (aid_offers, PfAidOffer, i).distance_m - metres) <= 100.0)
      g_array_remove_index (aid_offers, i);

  if (offers != PF_OFFERS_DEFAULT)
    {
      PfAidOffer offer = { metres, offers };

      g_array_append_val (aid_offers, offer);
    }
}

static void
on_aid_remove_clicked_cb (GtkButton    *button,
                          PfFuelEditor *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  double metres = *(double *) g_object_get_data (G_OBJECT (button), "pf-aid-m");

  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    return;

  for (guint i = 0; i < inputs.fuel.extra_aid_m->len; i++)
    if (fabs (g_array_index (inputs.fuel.extra_aid_m, double, i) - metres) < 0.5)
      {
        g_array_remove_index (inputs.fuel.extra_aid_m, i);
        break;
      }
  for (guint i = inputs.fuel.aid_offers->len; i-- > 0;)
    if (fabs (g_array_index (inputs.fuel.aid_offers, PfAidOffer, i).distance_m - metres) < 0.5)
      g_array_remove_index (inputs.fuel.aid_offers, i);
  pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, NULL);
}

/* The toggles of one station's row, in this order. */
static const struct
{
  PfOffers    offer;
  const char *label;
} offer_toggles[] = {
  { PF_OFFERS_WATER, N_("Water") },
  { PF_OFFERS_SPORTS, N_("Sports Drink") },
  { PF_OFFERS_GELS, N_("Gels") },
  { PF_OFFERS_FOOD, N_("Food") },
};

static void
on_offer_toggled_cb (GtkToggleButton *toggle,
                     PfFuelEditor    *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  GtkWidget *toggles = gtk_widget_get_parent (GTK_WIDGET (toggle));
  double metres = *(double *) g_object_get_data (G_OBJECT (toggles), "pf-aid-m");
  PfOffers offers = 0;

  if (!pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (toggles); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child)))
      offers |= GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "pf-offer"));
  set_offers (inputs.fuel.aid_offers, metres, offers);
  pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, toggles);
}

typedef struct
{
  double      distance_m;
  const char *name;       /* the course's name for it; NULL: added by the runner */
} Station;

static int
compare_stations (gconstpointer a,
                  gconstpointer b)
{
  const Station *x = a, *y = b;

  return (x->distance_m > y->distance_m) - (x->distance_m < y->distance_m);
}

/* Every station the schedule can use: the course's (not at the start or finish) and the added
 * ones, by distance. */
static GArray *
list_stations (PfFuelEditor       *self,
               const PfPlanInputs *inputs)
{
  PfPlan *plan = pf_document_get_plan (document_of (self));
  const PfCourse *course = plan ? pf_plan_get_course (plan) : NULL;
  double length = course ? pf_course_get_distance (course) : G_MAXDOUBLE;
  GArray *stations = g_array_new (FALSE, FALSE, sizeof (Station));

  for (guint i = 0; course != NULL && i < pf_course_get_n_aid_stations (course); i++)
    {
      const PfCoursePoint *aid = pf_course_get_aid_station (course, i);
      Station station = { aid->distance_m, aid->name != NULL ? aid->name : "" };

      if (aid->distance_m > 1.0 && aid->distance_m < length - 1.0)
        g_array_append_val (stations, station);
    }
  for (guint i = 0; inputs->fuel.extra_aid_m != NULL && i < inputs->fuel.extra_aid_m->len; i++)
    {
      Station station = { g_array_index (inputs->fuel.extra_aid_m, double, i), NULL };

      g_array_append_val (stations, station);
    }
  g_array_sort (stations, compare_stations);
  return stations;
}

static GtkWidget *
station_row_new (PfFuelEditor  *self,
                 const Station *station)
{
  g_autofree char *distance = g_strdup_printf ("%.1f %s",
                                               pf_units_distance_value (units_of (self),
                                                                        station->distance_m),
                                               pf_units_distance_symbol (units_of (self)));
  const char *name = station->name == NULL ? _("Added Station")
                     : station->name[0] != '\0' ? station->name : _("Aid Station");
  GtkWidget *row = g_object_new (ADW_TYPE_PREFERENCES_ROW, "title", name, "activatable", FALSE,
                                 NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (name);
  GtkWidget *where = gtk_label_new (distance);
  GtkWidget *toggles = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  double *metres = g_new (double, 1);

  *metres = station->distance_m;
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_valign (heading, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (heading, -1, 32);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (where, "dim-label");
  gtk_widget_add_css_class (where, "pf-tnum");
  gtk_box_append (GTK_BOX (heading), title);
  gtk_box_append (GTK_BOX (heading), where);
  if (station->name == NULL)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      double *data = g_new (double, 1);

      *data = station->distance_m;
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Remove This Aid Station"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove This Aid Station"), -1);
      g_object_set_data_full (G_OBJECT (button), "pf-aid-m", data, g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_aid_remove_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (heading), button);
    }
  else
    {
      /* The same right edge as the rows with a remove button. */
      gtk_widget_set_margin_end (where, 4);
    }

  gtk_widget_add_css_class (toggles, "linked");
  gtk_widget_add_css_class (toggles, "pf-offers");
  g_object_set_data_full (G_OBJECT (toggles), "pf-aid-m", metres, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (offer_toggles); i++)
    {
      GtkWidget *toggle = gtk_toggle_button_new_with_label (_(offer_toggles[i].label));

      g_object_set_data (G_OBJECT (toggle), "pf-offer", GUINT_TO_POINTER (offer_toggles[i].offer));
      gtk_widget_set_hexpand (toggle, TRUE);
      g_signal_connect_object (toggle, "toggled", G_CALLBACK (on_offer_toggled_cb), self, 0);
      gtk_box_append (GTK_BOX (toggles), toggle);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggles), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), toggles);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "pf-toggles", toggles);
  return row;
}

/* Rows are rebuilt only when the stations change, so a toggle is never destroyed while it is
 * being clicked; otherwise the toggles follow the inputs. */
static void
sync_aid_rows (PfFuelEditor       *self,
               const PfPlanInputs *inputs,
               gboolean            force)
{
  g_autoptr(GArray) stations = list_stations (self, inputs);
  g_autoptr(GString) key = g_string_new (NULL);

  g_string_append_printf (key, "%d;", units_of (self));
  for (guint i = 0; i < stations->len; i++)
    {
      const Station *station = &g_array_index (stations, Station, i);

      g_string_append_printf (key, "%.1f %s;", station->distance_m,
                              station->name ? station->name : "+");
    }

  if (force || g_strcmp0 (key->str, self->aid_key) != 0)
    {
      for (guint i = 0; i < self->aid_rows->len; i++)
        adw_preferences_group_remove (self->aid_group, g_ptr_array_index (self->aid_rows, i));
      g_ptr_array_set_size (self->aid_rows, 0);
      for (guint i = 0; i < stations->len; i++)
        {
          GtkWidget *row = station_row_new (self, &g_array_index (stations, Station, i));

          adw_preferences_group_add (self->aid_group, row);
          g_ptr_array_add (self->aid_rows, row);
        }
      g_free (self->aid_key);
      self->aid_key = g_string_free (g_steal_pointer (&key), FALSE);
    }

  for (guint i = 0; i < self->aid_rows->len; i++)
    {
      GtkWidget *toggles = g_object_get_data (g_ptr_array_index (self->aid_rows, i), "pf-toggles");
      double metres = *(double *) g_object_get_data (G_OBJECT (toggles), "pf-aid-m");
      PfOffers offers = pf_plan_inputs_offers_at (inputs, metres);

      pf_field_set_error (toggles, NULL);
      for (GtkWidget *child = gtk_widget_get_first_child (toggles); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          guint offer = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "pf-offer"));

          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), (offers & offer) != 0);
        }
    }
}

/* --- Importing recorded runs --------------------------------------------------------------- */

typedef struct
{
  GPtrArray *files;
  double     goal_pace_s_per_km;
} ImportTask;

static void
import_task_free (ImportTask *import)
{
  g_clear_pointer (&import->files, g_ptr_array_unref);
  g_free (import);
}

static void
summary_free (PfTrainingSummary *summary)
{
  pf_training_summary_clear (summary);
  g_free (summary);
}

/* Runs in a worker thread: reads every file; the first one that fails stops the import. */
static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportTask *import = task_data;
  g_autoptr(GPtrArray) tracks = g_ptr_array_new_with_free_func ((GDestroyNotify) pf_track_unref);
  PfTrainingSummary *summary;
  GError *error = NULL;

  for (guint i = 0; i < import->files->len; i++)
    {
      GFile *file = g_ptr_array_index (import->files, i);
      PfTrack *track = pf_import_file (file, cancellable, &error);

      if (track == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      g_ptr_array_add (tracks, track);
    }

  summary = g_new0 (PfTrainingSummary, 1);
  if (!pf_training_summarise (tracks, import->goal_pace_s_per_km, summary, &error))
    {
      summary_free (summary);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, summary, (GDestroyNotify) summary_free);
}

static void
show_import_error (PfFuelEditor *self,
                   const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  /* The core's message names the file and line; nothing changed, which the heading says. */
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Could Not Import the Runs"), error->message);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s", error->message,
                                  _("Your training figures have not changed."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_done_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PfFuelEditor *self = PF_FUEL_EDITOR (source_object);
  g_autoptr(GError) error = NULL;
  PfTrainingSummary *summary;
  g_auto(PfPlanInputs) inputs = { 0 };

  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), TRUE);
  summary = g_task_propagate_pointer (G_TASK (result), &error);
  if (summary == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_import_error (self, error);
      return;
    }

  if (pf_inputs_editor_edit_begin (PF_INPUTS_EDITOR (self), &inputs))
    {
      g_autofree char *total = pf_format_distance (units_of (self), summary->total_km * 1000.0);
      g_autofree char *subtitle = NULL;

      pf_training_apply (summary, &inputs);
      pf_inputs_editor_edit_commit (PF_INPUTS_EDITOR (self), &inputs, GTK_WIDGET (self->import_button));
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Imported %u run, %s in all",
                                               "Imported %u runs, %s in all",
                                               summary->n_runs),
                                  summary->n_runs, total);
      adw_action_row_set_subtitle (self->import_row, subtitle);
      pf_inputs_editor_sync (PF_INPUTS_EDITOR (self), TRUE);
    }
  summary_free (summary);
}

static double
goal_pace_s_per_km (PfFuelEditor *self)
{
  PfPlan *plan = document_of (self) ? pf_document_get_plan (document_of (self)) : NULL;
  double distance;

  if (plan == NULL)
    return NAN;
  distance = pf_course_get_distance (pf_plan_get_course (plan));
  return distance > 0 ? pf_plan_get_finish_time (plan) / distance * 1000.0 : NAN;
}

void
_pf_fuel_editor_import_files (PfFuelEditor *self,
                              GListModel   *files)
{
  g_autoptr(GTask) task = NULL;
  ImportTask *import;

  import = g_new0 (ImportTask, 1);
  import->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (import->files, g_list_model_get_item (files, i));
  import->goal_pace_s_per_km = goal_pace_s_per_km (self);

  g_cancellable_cancel (self->import_cancellable);
  g_clear_object (&self->import_cancellable);
  self->import_cancellable = g_cancellable_new ();

  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  task = g_task_new (self, self->import_cancellable, on_import_done_cb, NULL);
  g_task_set_source_tag (task, _pf_fuel_editor_import_files);
  g_task_set_task_data (task, import, (GDestroyNotify) import_task_free);
  g_task_run_in_thread (task, import_thread);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        PfFuelEditor    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      if (files != NULL && g_list_model_get_n_items (files) > 0)
        _pf_fuel_editor_import_files (self, files);
    }

  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
}

static void
on_import_clicked_cb (PfFuelEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) runs = gtk_file_filter_new ();

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Import Runs"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_file_filter_set_name (runs, _("Recorded Runs"));
  gtk_file_filter_add_suffix (runs, "gpx");
  gtk_file_filter_add_suffix (runs, "tcx");
  gtk_file_filter_add_mime_type (runs, "application/gpx+xml");
  gtk_file_filter_add_mime_type (runs, "application/vnd.garmin.tcx+xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), runs);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* --- Filling the fields from the inputs ------------------------------------------------------ */

static void
set_spin (GtkSpinButton *spin_button,
          double         value,
          gboolean       force)
{
  if (!force && pf_field_has_error (spin_button))
    return;
  if (fabs (gtk_spin_button_get_value (spin_button) - value) > 1e-6)
    gtk_spin_button_set_value (spin_button, value);
  pf_field_set_error (GTK_WIDGET (spin_button), NULL);
}

static void
set_unit_labels (PfFuelEditor *self)
{
  const char *mass = imperial (self) ? "lb" : "kg";
  const char *distance = pf_units_distance_symbol (units_of (self));
  g_autofree char *pace = g_strdup_printf ("/%s", distance);

  gtk_label_set_text (self->mass_unit, mass);
  gtk_label_set_text (self->test_pre_unit, mass);
  gtk_label_set_text (self->test_post_unit, mass);
  gtk_label_set_text (self->height_unit, imperial (self) ? "in" : "cm");
  gtk_label_set_text (self->test_temp_unit, pf_units_temperature_symbol (units_of (self)));
  gtk_label_set_text (self->test_pace_unit, pace);
  gtk_label_set_text (self->aid_unit, distance);
  gtk_label_set_text (self->weekly_unit, distance);
  gtk_label_set_text (self->longest_unit, distance);
  gtk_label_set_text (self->goal_pace_unit, distance);
}

static void
sync_test (PfFuelEditor      *self,
           const PfSweatTest *test,
           gboolean           force)
{
  g_autofree char *pace = NULL;
  double pace_shown;

  set_spin (self->test_pre_spin, test->pre_kg / mass_unit_kg (self), force);
  set_spin (self->test_post_spin, test->post_kg / mass_unit_kg (self), force);
  set_spin (self->test_drank_spin, test->drank_l, force);
  set_spin (self->test_urine_spin, test->urine_l, force);
  set_spin (self->test_minutes_spin, test->minutes, force);
  set_spin (self->test_temp_spin, round (temp_to_display (self, test->temp_c)), force);
  if (gtk_drop_down_get_selected (self->test_humidity_kind_dropdown) == 1)
    set_spin (self->test_humidity_spin,
              round (CLAMP (pf_relative_humidity (test->temp_c, test->dew_point_c), 1, 100)),
              force);
  else
    set_spin (self->test_humidity_spin, round (temp_to_display (self, test->dew_point_c)), force);

  if (!force && pf_field_has_error (self->test_pace_entry))
    return;
  if (pf_duration_parse (gtk_editable_get_text (GTK_EDITABLE (self->test_pace_entry)),
                         &pace_shown)
      && fabs (pace_shown - test->pace_s_per_km * distance_unit_km (self)) < 0.5)
    return;
  pace = pf_pace_format (test->pace_s_per_km * distance_unit_km (self));
  gtk_editable_set_text (GTK_EDITABLE (self->test_pace_entry), pace);
  pf_field_set_error (GTK_WIDGET (self->test_pace_entry), NULL);
}

static void
pf_fuel_editor_sync (PfInputsEditor     *editor,
                     const PfPlanInputs *inputs,
                     gboolean            force)
{
  PfFuelEditor *self = PF_FUEL_EDITOR (editor);
  const PfRunner *r;
  const PfFuelOptions *f;
  const PfTraining *t;
  guint sodium_index = SODIUM_MEASURED_INDEX;

  r = &inputs->runner;
  f = &inputs->fuel;
  t = &inputs->training;

  set_unit_labels (self);
  set_spin (self->mass_spin, r->mass_kg / mass_unit_kg (self), force);
  set_spin (self->height_spin, r->height_cm / (imperial (self) ? CM_PER_IN : 1.0), force);
  set_spin (self->sweat_rate_spin, r->sweat_rate_l_per_h, force);

  adw_expander_row_set_enable_expansion (self->test_row, r->has_sweat_test);
  if (r->has_sweat_test)
    sync_test (self, &r->sweat_test, force);
  else if (force)
    {
      /* A test to start from when it is switched on: this runner, an hour in mild air. */
      PfSweatTest example = { r->mass_kg, r->mass_kg - 1.0, 0.5, 0.0, 60.0, 20.0, 10.0, 330.0 };

      sync_test (self, &example, TRUE);
    }
  pf_field_set_error (GTK_WIDGET (self->test_row), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sodium_bands); i++)
    if (fabs (sodium_bands[i] - r->sweat_sodium_mg_per_l) < 0.5)
      sodium_index = i;
  if (sodium_index != SODIUM_MEASURED_INDEX
      || adw_combo_row_get_selected (self->sodium_row) == SODIUM_MEASURED_INDEX || force)
    adw_combo_row_set_selected (self->sodium_row, sodium_index);
  set_spin (self->sodium_spin,
            gtk_drop_down_get_selected (self->sodium_unit_dropdown) == 1
            ? round (r->sweat_sodium_mg_per_l / PF_SODIUM_MG_PER_MMOL)
            : round (r->sweat_sodium_mg_per_l),
            force);
  update_sodium_rows (self);
  gtk_switch_set_active (self->cramp_switch, r->cramp_prone);

  set_spin (self->gut_spin, r->gut_max_g_per_h, force);
  adw_expander_row_set_enable_expansion (self->carbs_expander, f->carbs_per_hour_g > 0);
  if (f->carbs_per_hour_g > 0)
    set_spin (self->carbs_spin, f->carbs_per_hour_g, force);
  adw_expander_row_set_enable_expansion (self->fluid_expander, f->fluid_per_hour_l > 0);
  if (f->fluid_per_hour_l > 0)
    set_spin (self->fluid_spin, f->fluid_per_hour_l, force);
  set_spin (self->ceiling_spin, f->fluid_ceiling_l_per_h, force);
  adw_combo_row_set_selected (self->drink_mode_row, f->drink_mode == PF_DRINK_THIRST ? 1 : 0);
  adw_expander_row_set_enable_expansion (self->bottle_expander, f->carry_bottle_ml > 0);
  if (f->carry_bottle_ml > 0)
    set_spin (self->bottle_spin, f->carry_bottle_ml, force);
  sync_aid_rows (self, inputs, force);

  set_spin (self->weekly_spin, round (t->weekly_km / distance_unit_km (self)), force);
  set_spin (self->longest_spin, t->longest_run_km / distance_unit_km (self), force);
  adw_expander_row_set_enable_expansion (self->goal_pace_expander, !isnan (t->goal_pace_km));
  if (!isnan (t->goal_pace_km))
    set_spin (self->goal_pace_spin, t->goal_pace_km / distance_unit_km (self), force);
  gtk_switch_set_active (self->acclimatised_switch, t->acclimatised);

}

static void
pf_fuel_editor_dispose (GObject *object)
{
  PfFuelEditor *self = (PfFuelEditor *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->import_cancellable);
  g_clear_object (&self->import_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_FUEL_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->aid_rows, g_ptr_array_unref);
  g_clear_pointer (&self->aid_key, g_free);

  G_OBJECT_CLASS (pf_fuel_editor_parent_class)->dispose (object);
}

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PfFuelEditor, name)

static void
pf_fuel_editor_class_init (PfFuelEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  PfInputsEditorClass *editor_class = PF_INPUTS_EDITOR_CLASS (klass);

  object_class->dispose = pf_fuel_editor_dispose;

  editor_class->sync = pf_fuel_editor_sync;

  g_type_ensure (PF_TYPE_PRODUCTS_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-fuel-editor.ui");
  BIND (error_label);
  BIND (mass_spin);
  BIND (mass_unit);
  BIND (height_spin);
  BIND (height_unit);
  BIND (sweat_rate_spin);
  BIND (test_row);
  BIND (test_pre_spin);
  BIND (test_pre_unit);
  BIND (test_post_spin);
  BIND (test_post_unit);
  BIND (test_drank_spin);
  BIND (test_urine_spin);
  BIND (test_minutes_spin);
  BIND (test_temp_spin);
  BIND (test_temp_unit);
  BIND (test_humidity_spin);
  BIND (test_humidity_kind_dropdown);
  BIND (test_pace_entry);
  BIND (test_pace_unit);
  BIND (sodium_row);
  BIND (sodium_value_row);
  BIND (sodium_spin);
  BIND (sodium_unit_dropdown);
  BIND (cramp_switch);
  BIND (gut_spin);
  BIND (carbs_expander);
  BIND (carbs_spin);
  BIND (fluid_expander);
  BIND (fluid_spin);
  BIND (ceiling_spin);
  BIND (drink_mode_row);
  BIND (bottle_expander);
  BIND (bottle_spin);
  BIND (products_editor);
  BIND (aid_group);
  BIND (aid_spin);
  BIND (aid_unit);
  BIND (aid_add_button);
  BIND (weekly_spin);
  BIND (weekly_unit);
  BIND (longest_spin);
  BIND (longest_unit);
  BIND (goal_pace_expander);
  BIND (goal_pace_spin);
  BIND (goal_pace_unit);
  BIND (acclimatised_switch);
  BIND (import_row);
  BIND (import_button);
  gtk_widget_class_bind_template_callback (widget_class, on_fields_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sodium_unit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_test_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_fields_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_test_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_test_humidity_kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_aid_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "pf-fuel-editor");
}

#undef BIND

static void
pf_fuel_editor_init (PfFuelEditor *self)
{
  self->aid_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  pf_inputs_editor_set_error_label (PF_INPUTS_EDITOR (self), self->error_label);
  /* The runner's own products are edited against the same document. */
  g_object_bind_property (self, "document", self->products_editor, "document",
                          G_BINDING_SYNC_CREATE);
  pf_field_name_expander_switches (GTK_WIDGET (self));
  update_sodium_rows (self);
}

GtkWidget *
pf_fuel_editor_new (void)
{
  return g_object_new (PF_TYPE_FUEL_EDITOR, NULL);
}

/* The application's catalog of the runner's own products (see PfApplication). */
void
pf_fuel_editor_set_catalog (PfFuelEditor      *self,
                            PfProductsCatalog *catalog)
{
  g_return_if_fail (PF_IS_FUEL_EDITOR (self));

  pf_products_editor_set_catalog (self->products_editor, catalog);
}

PfProductsCatalog *
pf_fuel_editor_get_catalog (PfFuelEditor *self)
{
  g_return_val_if_fail (PF_IS_FUEL_EDITOR (self), NULL);

  return pf_products_editor_get_catalog (self->products_editor);
}

PfProductsEditor *
_pf_fuel_editor_get_products_editor (PfFuelEditor *self)
{
  return self->products_editor;
}

/* The toggle for @offer on the row of the station at @distance_m (within 1 m). */
GtkToggleButton *
_pf_fuel_editor_get_offer_toggle (PfFuelEditor *self,
                                  double        distance_m,
                                  PfOffers      offer)
{
  for (guint i = 0; i < self->aid_rows->len; i++)
    {
      GtkWidget *toggles = g_object_get_data (g_ptr_array_index (self->aid_rows, i), "pf-toggles");

      if (fabs (*(double *) g_object_get_data (G_OBJECT (toggles), "pf-aid-m") - distance_m) > 1.0)
        continue;
      for (GtkWidget *child = gtk_widget_get_first_child (toggles); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "pf-offer")) == offer)
          return GTK_TOGGLE_BUTTON (child);
    }

  return NULL;
}

GtkSpinButton *
_pf_fuel_editor_get_mass_spin (PfFuelEditor *self)
{
  return self->mass_spin;
}

GtkSwitch *
_pf_fuel_editor_get_cramp_switch (PfFuelEditor *self)
{
  return self->cramp_switch;
}

AdwComboRow *
_pf_fuel_editor_get_sodium_row (PfFuelEditor *self)
{
  return self->sodium_row;
}

GtkSpinButton *
_pf_fuel_editor_get_aid_spin (PfFuelEditor *self)
{
  return self->aid_spin;
}

GtkButton *
_pf_fuel_editor_get_aid_add_button (PfFuelEditor *self)
{
  return self->aid_add_button;
}

GtkButton *
_pf_fuel_editor_get_import_button (PfFuelEditor *self)
{
  return self->import_button;
}

GtkSpinButton *
_pf_fuel_editor_get_longest_spin (PfFuelEditor *self)
{
  return self->longest_spin;
}

GtkSpinButton *
_pf_fuel_editor_get_weekly_spin (PfFuelEditor *self)
{
  return self->weekly_spin;
}

AdwExpanderRow *
_pf_fuel_editor_get_goal_pace_row (PfFuelEditor *self)
{
  return self->goal_pace_expander;
}

GtkSpinButton *
_pf_fuel_editor_get_goal_pace_spin (PfFuelEditor *self)
{
  return self->goal_pace_spin;
}

AdwExpanderRow *
_pf_fuel_editor_get_test_row (PfFuelEditor *self)
{
  return self->test_row;
}
