/* pf-schedule-view.c — the fuel plan: sweat, the drink and its recipe, totals, every intake
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-schedule-view"

#include "config.h"

#include "pf-schedule-view.h"

#include "report/pf-intake-text.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

/* Reads the document's plan only: the rows are rebuilt whenever the plan (or the units) change
 * (PfDocumentWidget's plan_changed). */
struct _PfScheduleView
{
  PfDocumentWidget     parent_instance;

  AdwActionRow        *sweat_row;
  AdwActionRow        *drink_row;
  AdwActionRow        *recipe_row;
  AdwActionRow        *aid_row;
  AdwActionRow        *carry_row;
  AdwActionRow        *fluid_row;
  AdwActionRow        *sodium_row;
  AdwActionRow        *carbs_row;
  GtkBox              *notes_box;
  GtkWidget           *feasibility_box;
  GtkLabel            *feasibility_label;
  AdwPreferencesGroup *schedule_group;

  GPtrArray           *intake_rows;
};

G_DEFINE_FINAL_TYPE (PfScheduleView, pf_schedule_view, PF_TYPE_DOCUMENT_WIDGET)

static PfPlan *
plan_of (PfScheduleView *self)
{
  return pf_document_widget_get_plan (PF_DOCUMENT_WIDGET (self));
}

/* A volume in millilitres, as the runner reads it (mL or fl oz). */
static char *
format_ml (PfUnitSystem units,
           double       ml)
{
  return pf_format_quantity (units, PF_QUANTITY_SMALL_VOLUME, ml / 1000.0, 0);
}

static char *
format_grams (double grams)
{
  /* Salt is weighed to a hundredth of a gram, sugars to a tenth. */
  return grams < 5 ? g_strdup_printf (_("%.2f g"), grams) : g_strdup_printf (_("%.1f g"), grams);
}

/* Appends an item to @list, read as "a, b, c". */
static void G_GNUC_PRINTF (2, 3)
append_item (GString    *list,
             const char *format,
             ...)
{
  va_list args;

  if (list->len > 0)
    g_string_append (list, ", ");
  va_start (args, format);
  g_string_append_vprintf (list, format, args);
  va_end (args);
}

static PfUnitSystem
units_of (PfScheduleView *self)
{
  return pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
}

static char *
format_mass (PfScheduleView *self,
             double          kg)
{
  return pf_format_quantity (units_of (self), PF_QUANTITY_MASS, kg, 1);
}

/* Where the schedule finds drinks: the stations the plan uses, as the Course page counts them
 * (its row takes the runner there). */
static void
update_aid_row (PfScheduleView *self,
                PfPlan         *plan)
{
  const GArray *stations = pf_plan_get_aid_stations (plan);
  PfUnitSystem units = units_of (self);
  g_autofree char *text = NULL;

  if (stations->len == 0)
    {
      text = g_strdup (_("None on the way: add the race’s stations on the Course page"));
    }
  else
    {
      g_autofree char *first = pf_format_quantity (units, PF_QUANTITY_DISTANCE,
                                                   g_array_index (stations, PfAidStation,
                                                                  0).distance_m, 1);
      g_autofree char *last = pf_format_quantity (units, PF_QUANTITY_DISTANCE,
                                                  g_array_index (stations, PfAidStation,
                                                                 stations->len - 1).distance_m, 1);

      if (stations->len == 1)
        /* Translators: the one aid station on the way, and where it is ("at 21.1 km") */
        text = g_strdup_printf (_("One on the way, at %s"), first);
      else
        /* Translators: how many aid stations, the first's and the last's distance */
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u on the way, from %s to %s",
                                             "%u on the way, from %s to %s", stations->len),
                                stations->len, first, last);
    }
  adw_action_row_set_subtitle (self->aid_row, text);
}

static void
update_summary (PfScheduleView *self,
                const PfFuel   *fuel)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan_of (self));
  const PfDrink *d = &fuel->drink;
  const PfFuelTotals *t = &fuel->totals;
  g_autofree char *sweat = NULL;
  g_autofree char *drink = NULL;
  g_autofree char *recipe_title = NULL;
  g_autoptr(GString) recipe = g_string_new (NULL);
  g_autofree char *sucrose = format_grams (d->sucrose_g);
  g_autofree char *maltodextrin = format_grams (d->maltodextrin_g);
  g_autofree char *fructose = format_grams (d->fructose_g);
  g_autofree char *salt = format_grams (d->salt_g);
  g_autoptr(GString) carry = g_string_new (NULL);
  g_autofree char *fluid = NULL;
  g_autofree char *sodium = NULL;
  g_autofree char *carbs = NULL;
  g_autofree char *mass = format_mass (self, fabs (t->mass_change_pct) / 100.0
                                       * inputs->runner.mass_kg);
  PfUnitSystem units = units_of (self);
  g_autofree char *rate = pf_format_quantity (units, PF_QUANTITY_FLOW, fuel->sweat_rate_l_per_h, 2);
  g_autofree char *test_rate = pf_format_quantity (units, PF_QUANTITY_FLOW,
                                                   fuel->test_rate_l_per_h, 2);
  g_autofree char *sweat_l = pf_format_quantity (units, PF_QUANTITY_VOLUME, t->sweat_l, 1);
  g_autofree char *fluid_l = pf_format_quantity (units, PF_QUANTITY_VOLUME, t->fluid_l, 1);
  g_autofree char *bottle = format_ml (units, d->bottle_ml);
  g_autofree char *why = pf_units_expand (units, d->why);

  if (fuel->test_rate_l_per_h > 0)
    /* Translators: sweat rate on average (L/h or fl oz/h), total, and the field test's rate */
    sweat = g_strdup_printf (_("%s on average, %s in all (your test: %s)"), rate, sweat_l,
                             test_rate);
  else
    /* Translators: sweat rate on average (L/h or fl oz/h), and total (L or fl oz) */
    sweat = g_strdup_printf (_("%s on average, %s in all"), rate, sweat_l);
  adw_action_row_set_subtitle (self->sweat_row, sweat);

  /* Translators: the drink's sodium and carbohydrate per litre, then why */
  drink = g_strdup_printf (_("%.2f g/L sodium, %.0f g/L carbohydrate. %s"),
                           d->sodium_g_per_l, d->carbs_g_per_l, why ? why : "");
  adw_action_row_set_subtitle (self->drink_row, g_strstrip (drink));

  /* Translators: the recipe's title, for a bottle of this volume ("500 mL") */
  recipe_title = g_strdup_printf (_("Recipe for a %s Bottle"), bottle);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->recipe_row), recipe_title);
  if (d->sucrose_g > 0.005)
    append_item (recipe, _("%s table sugar"), sucrose);
  if (d->maltodextrin_g > 0.005)
    append_item (recipe, _("%s maltodextrin"), maltodextrin);
  if (d->fructose_g > 0.005)
    append_item (recipe, _("%s fructose"), fructose);
  if (d->salt_g > 0.005)
    append_item (recipe, _("%s table salt"), salt);
  if (recipe->len == 0)
    g_string_append (recipe, _("Plain water"));
  adw_action_row_set_subtitle (self->recipe_row, recipe->str);
  /* The runner's own mix matters only when the schedule has them carry a bottle. */
  gtk_widget_set_visible (GTK_WIDGET (self->drink_row), fuel->bottle);
  gtk_widget_set_visible (GTK_WIDGET (self->recipe_row), fuel->bottle);

  if (fuel->gels_to_carry > 0 && fuel->gel != NULL)
    append_item (carry, _("%u × %s"), fuel->gels_to_carry, _(fuel->gel->name));
  if (fuel->capsules_to_carry > 0)
    append_item (carry, _("%u × %s"), fuel->capsules_to_carry,
                 fuel->salt ? _(fuel->salt->name) : "");
  if (inputs->fuel.carry_bottle_ml > 0)
    {
      g_autofree char *carried = format_ml (units, inputs->fuel.carry_bottle_ml);

      /* Translators: %s is the bottle's volume, "500 mL" or "16.9 fl oz" */
      append_item (carry, _("a %s bottle of the drink"), carried);
    }
  if (carry->len == 0)
    g_string_append (carry, _("Nothing: everything is at the aid stations"));
  adw_action_row_set_subtitle (self->carry_row, carry->str);

  if (t->mass_change_pct < 0)
    /* Translators: volume drunk of volume sweated, then the body mass lost (%, kg or lb) */
    fluid = g_strdup_printf (_("%s drunk of %s sweated: you lose %.1f %% of your body "
                               "mass (%s)"),
                             fluid_l, sweat_l, fabs (t->mass_change_pct), mass);
  else
    fluid = g_strdup_printf (_("%s drunk of %s sweated: your body mass holds"),
                             fluid_l, sweat_l);
  adw_action_row_set_subtitle (self->fluid_row, fluid);

  sodium = g_strdup_printf (_("%.0f mg taken in of %.0f mg lost in sweat"),
                            t->sodium_in_mg, t->sodium_lost_mg);
  adw_action_row_set_subtitle (self->sodium_row, sodium);

  /* Translators: total carbohydrate, its glucose and fructose, and the hourly target */
  carbs = g_strdup_printf (_("%.0f g (%.0f g glucose, %.0f g fructose) for a target of %.0f g/h"),
                           t->carbs_g, t->glucose_g, t->fructose_g, fuel->carbs_target_g_per_h);
  adw_action_row_set_subtitle (self->carbs_row, carbs);
}

static void
update_notes (PfScheduleView *self,
              const PfFuel   *fuel)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->notes_box))) != NULL)
    gtk_box_remove (self->notes_box, child);

  for (guint i = 0; fuel->notes != NULL && i < fuel->notes->len; i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
      g_autofree char *note = pf_units_expand (units_of (self), g_ptr_array_index (fuel->notes, i));
      GtkWidget *label = gtk_label_new (note);

      gtk_widget_add_css_class (box, "card");
      gtk_widget_add_css_class (box, "pf-notice");
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"), -1);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (self->notes_box, box);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->notes_box),
                          fuel->notes != NULL && fuel->notes->len > 0);
}

/* Above everything else: a plan the runner cannot drink their way through is not a plan
 * to race, and the first change that makes it one comes with it. */
static void
update_feasibility (PfScheduleView *self,
                    PfPlan         *plan)
{
  const PfFeasibility *f = pf_plan_get_feasibility (plan);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->feasibility_box, f != NULL && !f->feasible);
  if (f == NULL || f->feasible)
    return;

  text = g_strdup_printf (_("By this schedule you would lose about %.1f %% of your body mass, more "
                            "than the %.0f %% this race allows."),
                          f->mass_loss_pct, f->max_mass_loss_pct);
  if (f->changes != NULL && f->changes->len > 0)
    {
      g_autofree char *change = pf_units_expand (units_of (self),
                                                 g_array_index (f->changes, PfFeasibilityChange,
                                                                0).text);
      g_autofree char *with = g_strdup_printf ("%s %s", text, change);

      g_free (text);
      text = g_steal_pointer (&with);
    }
  gtk_label_set_text (self->feasibility_label, text);
}

static GtkWidget *
intake_row_new (PfScheduleView *self,
                const PfIntake *intake,
                PfDrinkMode     drink_mode)
{
  PfUnitSystem units = pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *clock_label;
  g_autofree char *clock = pf_plan_format_clock (plan_of (self), intake->elapsed_s);
  g_autofree char *distance = pf_format_distance (units, intake->distance_m);
  g_autofree char *what = pf_intake_describe (intake, drink_mode, units);
  g_autofree char *subtitle = NULL;
  g_autofree char *station = pf_units_expand (units, intake->where);
  const char *where = station != NULL && *station != '\0' ? station : _("From your bottle");

  /* Translators: distance · where · sodium · carbohydrate of one intake */
  subtitle = g_strdup_printf (_("%s · %s · %.0f mg sodium · %.0f g carbohydrate"),
                              distance, where, intake->sodium_mg, intake->carbs_g);
  /* Text, not markup: a station's name may hold "&" (set before the texts, which are parsed
   * as they are set). */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), what);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "pf-tnum");

  clock_label = gtk_label_new (clock);
  gtk_widget_add_css_class (clock_label, "heading");
  gtk_widget_add_css_class (clock_label, "pf-tnum");
  gtk_widget_set_valign (clock_label, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), clock_label);
  return row;
}

static void
pf_schedule_view_plan_changed (PfDocumentWidget *widget,
                               PfPlan           *plan)
{
  PfScheduleView *self = PF_SCHEDULE_VIEW (widget);
  const PfFuel *fuel = plan ? pf_plan_get_fuel (plan) : NULL;
  PfDrinkMode mode;

  for (guint i = 0; i < self->intake_rows->len; i++)
    adw_preferences_group_remove (self->schedule_group, g_ptr_array_index (self->intake_rows, i));
  g_ptr_array_set_size (self->intake_rows, 0);

  if (fuel == NULL)
    return;

  mode = pf_plan_get_inputs (plan)->fuel.drink_mode;
  update_feasibility (self, plan);
  update_summary (self, fuel);
  update_aid_row (self, plan);
  update_notes (self, fuel);
  adw_preferences_group_set_description (self->schedule_group,
                                         mode == PF_DRINK_THIRST
                                         ? _("Drink to thirst: the volumes are the most to take")
                                         : NULL);
  for (guint i = 0; fuel->schedule != NULL && i < fuel->schedule->len; i++)
    {
      GtkWidget *row = intake_row_new (self, &g_array_index (fuel->schedule, PfIntake, i), mode);

      adw_preferences_group_add (self->schedule_group, row);
      g_ptr_array_add (self->intake_rows, row);
    }
}

static void
pf_schedule_view_dispose (GObject *object)
{
  PfScheduleView *self = (PfScheduleView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_SCHEDULE_VIEW);
  g_clear_pointer (&self->intake_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pf_schedule_view_parent_class)->dispose (object);
}

static void
pf_schedule_view_class_init (PfScheduleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pf_schedule_view_dispose;
  PF_DOCUMENT_WIDGET_CLASS (klass)->plan_changed = pf_schedule_view_plan_changed;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-schedule-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PfScheduleView, sweat_row);
  gtk_widget_class_bind_template_child (widget_class, PfScheduleView, drink_row);
  gtk_widget_class_bind_template_child (widget_class, PfScheduleView, recipe_row);
  gtk_widget_class_bind_template_child (widget_class, PfScheduleView, aid_row);
  gtk_widget_class_bind_template_child (widget_class, PfScheduleView, carry_row);
  gtk_widget_class_bind_template_child (widget_class, PfScheduleView, fluid_row);
  gtk_widget_class_bind_template_child (widget_class, PfScheduleView, sodium_row);
  gtk_widget_class_bind_template_child (widget_class, PfScheduleView, carbs_row);
  gtk_widget_class_bind_template_child (widget_class, PfScheduleView, notes_box);
  gtk_widget_class_bind_template_child (widget_class, PfScheduleView, feasibility_box);
  gtk_widget_class_bind_template_child (widget_class, PfScheduleView, feasibility_label);
  gtk_widget_class_bind_template_child (widget_class, PfScheduleView, schedule_group);

  gtk_widget_class_set_css_name (widget_class, "pf-schedule-view");
}

static void
pf_schedule_view_init (PfScheduleView *self)
{
  self->intake_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pf_schedule_view_new (void)
{
  return g_object_new (PF_TYPE_SCHEDULE_VIEW, NULL);
}
