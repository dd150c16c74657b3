/* pf-profile-view.c — the Profile page: the runner's own hills, heat and fade, and their use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-profile-view"

#include "config.h"

#include "pf-profile-view.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "report/pf-grade-response.h"

/* The profile belongs to the runner (PfProfileStore, one per application); a plan uses it
 * through a copy in its inputs, which "Use in This Plan" puts in or takes out through the
 * document like any other edit. The page shows the runner's profile, or, when they have none,
 * the one the plan carries (a coach's file), so a plan's own numbers are never hidden. */
struct _PfProfileView
{
  PfDocumentWidget     parent_instance;

  GtkStack            *stack;
  AdwStatusPage       *status_page;
  GtkWidget           *choose_runs_button;
  GtkLabel            *empty_error_label;
  GtkSpinner          *empty_spinner;
  GtkLabel            *title_label;
  GtkSpinner          *spinner;
  GtkLabel            *summary_label;
  GtkLabel            *removed_label;
  GtkLabel            *error_label;
  GtkDrawingArea      *chart;
  AdwPreferencesGroup *plan_group;
  GtkSwitch           *use_switch;
  AdwActionRow        *own_row;
  GtkWidget           *replace_button;
  AdwActionRow        *effect_row;
  AdwActionRow        *split_row;
  AdwPreferencesGroup *knots_group;
  AdwActionRow        *heat_row;
  AdwActionRow        *fade_row;

  PfProfileStore      *store;
  GSignalGroup        *store_signals;
  GPtrArray           *knot_rows;     /* the rows added to knots_group */
  GtkFileChooserNative *chooser;
  GCancellable        *cancellable;
  char                *learn_message; /* what the last learning said went wrong */
  gboolean             syncing;
};

G_DEFINE_FINAL_TYPE (PfProfileView, pf_profile_view, PF_TYPE_DOCUMENT_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const PfRunnerProfile *
store_profile (PfProfileView *self)
{
  return self->store != NULL ? pf_profile_store_get_profile (self->store) : NULL;
}

static const PfRunnerProfile *
plan_profile (PfProfileView *self)
{
  PfDocument *document = pf_document_widget_get_document (PF_DOCUMENT_WIDGET (self));
  const PfPlanInputs *inputs = document != NULL ? pf_document_get_inputs (document) : NULL;

  return inputs != NULL ? inputs->profile : NULL;
}

/* What the page shows: the runner's profile, else the plan's own. */
static const PfRunnerProfile *
shown_profile (PfProfileView *self)
{
  const PfRunnerProfile *mine = store_profile (self);

  return mine != NULL ? mine : plan_profile (self);
}

/* A signed whole percentage with a true minus sign: "−8 %", "+3 %", "0 %". */
static char *
signed_percent (double percent)
{
  double rounded = round (percent);

  if (rounded == 0.0)
    return g_strdup ("0 %");
  return g_strdup_printf ("%s%.0f %%", rounded < 0 ? "−" : "+", fabs (rounded));
}

static char *
grade_title (double grade)
{
  return signed_percent (grade * 100.0);
}

/* "8 % faster than the model · band −14 to −2 % · 3 runs · 9.2 km" */
static char *
knot_subtitle (const PfRunnerProfileKnot *x,
               PfUnitSystem               units)
{
  double percent = (exp (x->correction) - 1.0) * 100.0;
  g_autofree char *lo = signed_percent ((exp (x->correction - 1.96 * x->se) - 1.0) * 100.0);
  g_autofree char *hi = signed_percent ((exp (x->correction + 1.96 * x->se) - 1.0) * 100.0);
  g_autofree char *distance = pf_format_distance (units, x->distance_m);
  g_autofree char *versus = NULL;
  g_autofree char *runs = NULL;

  if (fabs (percent) < 0.5)
    versus = g_strdup (_("As the model"));
  else if (percent < 0)
    /* Translators: the runner on this grade, against the grade model's pace */
    versus = g_strdup_printf (_("%.0f %% faster than the model"), -percent);
  else
    versus = g_strdup_printf (_("%.0f %% slower than the model"), percent);
  /* Translators: a no-break space keeps the count with its word */
  runs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u run", "%u runs",
                                       x->n_runs),
                          x->n_runs);
  /* Translators: what one grade of the runner's profile says: "8 % faster than the model ·
   * band −14 to −2 % · 3 runs · 9.2 km" (the band is the 95 % confidence band) */
  return g_strdup_printf (_("%s · band %s to %s · %s · %s"), versus, lo, hi, runs, distance);
}

static char *
heat_subtitle (const PfRunnerProfileTerm *heat)
{
  if (heat->known)
    /* Translators: the runner's slowdown in heat, as a multiple of the heat model's */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%.2f × the model’s slowdown, band %.2f–%.2f, from %u run",
                                         "%.2f × the model’s slowdown, band %.2f–%.2f, from %u runs",
                                         heat->n_runs),
                            1.0 + heat->value, 1.0 + heat->value - 1.96 * heat->se,
                            1.0 + heat->value + 1.96 * heat->se, heat->n_runs);
  if (heat->n_runs == 0)
    return g_strdup (_("As the model: no run recorded a temperature"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "As the model: too little spread in temperature to tell "
                                       "(%u run with a temperature)",
                                       "As the model: too little spread in temperature to tell "
                                       "(%u runs with a temperature)",
                                       heat->n_runs),
                          heat->n_runs);
}

static char *
fade_subtitle (const PfRunnerProfileTerm *fade)
{
  if (fade->known)
    {
      g_autofree char *value = g_strdup_printf ("%s%.1f %%", fade->value < 0 ? "−" : "+",
                                                100.0 * fabs (fade->value));
      double lo = fade->value - 1.96 * fade->se;
      double hi = fade->value + 1.96 * fade->se;
      g_autofree char *lo_text = g_strdup_printf ("%s%.1f", lo < 0 ? "−" : "+", 100 * fabs (lo));
      g_autofree char *hi_text = g_strdup_printf ("%s%.1f %%", hi < 0 ? "−" : "+",
                                                  100 * fabs (hi));

      /* Translators: how the runner's pace drifts with each hour of a long run */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s of pace per hour, band %s to %s, from %u run of "
                                           "90 minutes or more",
                                           "%s of pace per hour, band %s to %s, from %u runs of "
                                           "90 minutes or more",
                                           fade->n_runs),
                              value, lo_text, hi_text, fade->n_runs);
    }
  if (fade->n_runs == 0)
    return g_strdup (_("As the model: no run of 90 minutes or more"));
  return g_strdup (_("As the model: too few runs of 90 minutes or more to tell"));
}

/* As the pacing section and the preferences name them (the same translations). */
static const char *
model_name (PfGradeModel model)
{
  switch (model)
    {
    case PF_GRADE_MODEL_MINETTI:
      return _("Minetti 2002");
    case PF_GRADE_MODEL_ULTRAPACER:
      return _("ultraPacer");
    case PF_GRADE_MODEL_STRAVA:
    default:
      return _("Strava 2017");
    }
}

static void
clear_knot_rows (PfProfileView *self)
{
  for (guint i = 0; i < self->knot_rows->len; i++)
    adw_preferences_group_remove (self->knots_group, g_ptr_array_index (self->knot_rows, i));
  g_ptr_array_set_size (self->knot_rows, 0);
}

static void
show_profile (PfProfileView         *self,
              const PfRunnerProfile *p)
{
  PfUnitSystem units = pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
  g_autofree char *distance = pf_format_distance (units, p->distance_m);
  g_autofree char *summary = NULL;
  g_autofree char *segments = NULL;
  g_autofree char *removed = NULL;
  g_autofree char *heat = heat_subtitle (&p->heat);
  g_autofree char *fade = fade_subtitle (&p->fade);
  guint n_with_data = 0;

  gtk_label_set_text (self->title_label, store_profile (self) != NULL ? _("Your Profile")
                                                                       : _("This Plan’s Profile"));
  segments = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u segment kept",
                                           "%u segments kept", p->n_segments), p->n_segments);
  /* Translators: what the profile rests on: "12 of 14 runs used · 184.2 km · 1840 segments
   * kept" */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u run used · %s · %s",
                                          "%u of %u runs used · %s · %s", p->n_runs_given),
                             p->n_runs_used, p->n_runs_given, distance, segments);
  gtk_label_set_text (self->summary_label, summary);
  /* Translators: the segments of the runs that the fit left out, counted by why (a count after
   * each word, so that no plural is needed), and the grade model the profile corrects
   * ("Strava 2017") */
  removed = g_strdup_printf (_("Left out — stops: %u, walking breaks: %u, GPS jumps: %u · "
                               "against %s"),
                             p->n_removed_stop, p->n_removed_walk, p->n_removed_spike,
                             model_name (p->model));
  gtk_label_set_text (self->removed_label, removed);

  clear_knot_rows (self);
  for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
    {
      const PfRunnerProfileKnot *x = &p->knots[k];
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (x->n_segments == 0 || k == PF_RUNNER_PROFILE_FLAT_KNOT)
        continue;
      title = grade_title (x->grade);
      subtitle = knot_subtitle (x, units);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (self->knots_group, row);
      g_ptr_array_add (self->knot_rows, row);
      n_with_data++;
    }
  adw_preferences_group_set_description (self->knots_group,
                                         n_with_data == 0
                                         ? _("No run climbed or descended enough to tell: the "
                                             "model holds on every grade")
                                         : _("Your pace on each grade against the model’s; the "
                                             "flat is the model’s by definition"));

  adw_action_row_set_subtitle (self->heat_row, heat);
  adw_action_row_set_subtitle (self->fade_row, fade);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

/* "This Plan": the switch, the plan's own profile, and what the profile changes. */
static void
show_plan (PfProfileView *self)
{
  PfPlan *plan = pf_document_widget_get_plan (PF_DOCUMENT_WIDGET (self));
  PfUnitSystem units = pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
  const PfRunnerProfile *mine = store_profile (self);
  const PfRunnerProfile *used = plan_profile (self);
  const PfProfileEffect *effect = plan != NULL ? pf_plan_get_profile_effect (plan) : NULL;
  gboolean own = used != NULL && (mine == NULL || !pf_runner_profile_equal (mine, used));

  gtk_widget_set_visible (GTK_WIDGET (self->plan_group), plan != NULL);
  self->syncing = TRUE;
  gtk_switch_set_active (self->use_switch, used != NULL);
  self->syncing = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->use_switch), mine != NULL || used != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->own_row), own);
  gtk_widget_set_visible (self->replace_button, own && mine != NULL);
  if (own)
    {
      g_autofree char *title =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "This plan carries its own profile, from %u run",
                                      "This plan carries its own profile, from %u runs",
                                      used->n_runs_used),
                         used->n_runs_used);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->own_row), title);
      adw_action_row_set_subtitle (self->own_row,
                                   mine != NULL ? _("Not the one learnt from your runs")
                                                : _("You have not learnt a profile of your own"));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->effect_row), effect != NULL && effect->used);
  gtk_widget_set_visible (GTK_WIDGET (self->split_row),
                          effect != NULL && effect->used && pf_plan_get_n_splits (plan) > 0);
  if (effect == NULL || !effect->used)
    return;

  {
    g_autoptr(GString) text = g_string_new (NULL);

    if (effect->predicted)
      {
        g_autofree char *total = pf_duration_format_change (effect->finish_s);
        g_autofree char *hills = pf_duration_format_change (effect->hills_s);
        g_autofree char *heat = pf_duration_format_change (effect->heat_s);
        g_autofree char *fade = pf_duration_format_change (effect->fade_s);

        /* Translators: what the runner's profile changes in the finish by feel, then each
         * part: "By feel: −1:25 (hills −1:10, heat −0:20, fade +0:05)" */
        g_string_append_printf (text, _("By feel: %s (hills %s, heat %s, fade %s)"), total,
                                hills, heat, fade);
      }
    /* Less than half a second would read "0:00". */
    if (fabs (effect->plan_finish_s) >= 0.5)
      {
        g_autofree char *finish = pf_duration_format_change (effect->plan_finish_s);

        if (text->len > 0)
          g_string_append (text, "\n");
        /* Translators: what the runner's profile changes in the planned finish */
        g_string_append_printf (text, _("Planned finish: %s"), finish);
      }
    if (text->len == 0)
      g_string_append (text, _("The goal holds: your profile moves time between the splits"));
    adw_action_row_set_subtitle (self->effect_row, text->str);
  }
  if (pf_plan_get_n_splits (plan) > 0)
    {
      g_autofree char *change = pf_duration_format_change (effect->split_s);
      g_autofree char *end = pf_format_distance (units,
                                                 pf_plan_get_split (plan, effect->split)->end_m);
      /* Translators: the split the runner's profile changes most: "+0:12, ending at 23.0 km" */
      g_autofree char *text = g_strdup_printf (_("%s, ending at %s"), change, end);

      adw_action_row_set_subtitle (self->split_row, text);
    }
}

static void
update (PfProfileView *self)
{
  const PfRunnerProfile *p = shown_profile (self);
  const char *load_error = self->store != NULL ? pf_profile_store_get_load_error (self->store)
                                               : NULL;
  gboolean busy = self->store != NULL && pf_profile_store_get_busy (self->store);
  g_autoptr(GString) problem = g_string_new (NULL);

  /* Disposed: the template's children are gone. */
  if (self->knot_rows == NULL)
    return;
  if (load_error != NULL)
    /* Translators: the saved profile could not be read; %s names the file and the problem */
    g_string_append_printf (problem, _("Your saved profile could not be read and is left as "
                                       "it is: %s"), load_error);
  if (self->learn_message != NULL)
    g_string_append_printf (problem, "%s%s", problem->len > 0 ? "\n" : "", self->learn_message);
  for (guint i = 0; i < 2; i++)
    {
      GtkLabel *label = i == 0 ? self->empty_error_label : self->error_label;

      gtk_label_set_text (label, problem->str);
      gtk_widget_set_visible (GTK_WIDGET (label), problem->len > 0);
    }
  for (guint i = 0; i < 2; i++)
    {
      GtkSpinner *spinner = i == 0 ? self->empty_spinner : self->spinner;

      gtk_widget_set_visible (GTK_WIDGET (spinner), busy);
      gtk_spinner_set_spinning (spinner, busy);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.choose-runs",
                                 self->store != NULL && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.choose-folder",
                                 self->store != NULL && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.forget",
                                 self->store != NULL && !busy
                                 && (store_profile (self) != NULL || load_error != NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "profile.replace",
                                 store_profile (self) != NULL);

  gtk_stack_set_visible_child_name (self->stack, p != NULL ? "profile" : "empty");
  if (p != NULL)
    show_profile (self, p);
  show_plan (self);
}

static void
pf_profile_view_plan_changed (PfDocumentWidget *widget,
                              PfPlan           *plan)
{
  update (PF_PROFILE_VIEW (widget));
}

/* Hands the plan @profile (or none) through the document, as every edit goes. */
static void
set_plan_profile (PfProfileView         *self,
                  const PfRunnerProfile *profile)
{
  PfDocument *document = pf_document_widget_get_document (PF_DOCUMENT_WIDGET (self));
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;

  if (document == NULL || pf_document_get_plan (document) == NULL)
    return;
  pf_document_copy_inputs (document, &inputs);
  pf_plan_inputs_set_profile (&inputs, profile);
  if (!pf_document_set_inputs (document, &inputs, &error))
    {
      g_free (self->learn_message);
      self->learn_message = g_strdup (error->message);
    }
  update (self);
}

static void
on_use_switch_active_changed_cb (PfProfileView *self)
{
  gboolean on = gtk_switch_get_active (self->use_switch);

  if (self->syncing || on == (plan_profile (self) != NULL))
    return;
  set_plan_profile (self, on ? store_profile (self) : NULL);
}

static void
replace_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PfProfileView *self = PF_PROFILE_VIEW (widget);

  if (store_profile (self) != NULL)
    set_plan_profile (self, store_profile (self));
}

static void
learnt_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(PfProfileView) self = user_data;
  g_autoptr(GPtrArray) unreadable = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = pf_profile_store_learn_finish (PF_PROFILE_STORE (object), result, &unreadable, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_pointer (&self->learn_message, g_free);
  if (!ok)
    self->learn_message = g_strdup (error->message);
  else if (unreadable->len > 0)
    self->learn_message =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                    "%u file could not be read and was left out: %s",
                                    "%u files could not be read and were left out: %s",
                                    unreadable->len),
                       unreadable->len, (const char *) g_ptr_array_index (unreadable, 0));
  /* A plan that uses the runner's profile takes the new one: it is the same runner. */
  if (ok && plan_profile (self) != NULL && store_profile (self) != NULL)
    set_plan_profile (self, store_profile (self));
  update (self);
}

static void
on_chooser_response_cb (PfProfileView *self,
                        int            response,
                        GtkNativeDialog *chooser)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      if (array->len > 0)
        pf_profile_store_learn_async (self->store, (GFile **) array->pdata, array->len,
                                      self->cancellable, learnt_cb, g_object_ref (self));
    }
  g_clear_object (&self->chooser);
}

static void
choose (PfProfileView        *self,
        GtkFileChooserAction  action)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean folder = action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER;

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (folder ? _("Choose a Folder of Runs")
                                                      : _("Choose Runs"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               action, _("_Learn"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (!folder)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
      gtk_file_filter_set_name (filter, _("Recorded Runs (GPX, TCX, FIT)"));
      gtk_file_filter_add_suffix (filter, "gpx");
      gtk_file_filter_add_suffix (filter, "tcx");
      gtk_file_filter_add_suffix (filter, "fit");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
choose_runs_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  choose (PF_PROFILE_VIEW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
choose_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  choose (PF_PROFILE_VIEW (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
}

static void
on_forget_response_cb (PfProfileView  *self,
                       const char     *response,
                       AdwMessageDialog *dialog)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "forget") != 0 || self->store == NULL)
    return;
  g_clear_pointer (&self->learn_message, g_free);
  if (!pf_profile_store_forget (self->store, &error))
    self->learn_message = g_strdup (error->message);
  update (self);
}

static void
forget_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PfProfileView *self = PF_PROFILE_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Forget Your Profile?"),
                                   _("What Pacefuel learnt from your runs is removed. Plans "
                                     "that use it keep their own copy."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "forget", _("_Forget"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "forget",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_forget_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  PfProfileView *self = user_data;
  const PfRunnerProfile *p = shown_profile (self);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style_manager);
  PfChartStyle style;

  if (p == NULL)
    return;
  if (adw_style_manager_get_high_contrast (style_manager))
    pf_chart_style_init_high_contrast (&style, dark);
  else if (dark)
    pf_chart_style_init_dark (&style);
  else
    pf_chart_style_init_light (&style);
  /* The card behind shows through. */
  style.background.alpha = 0;
  style.units = pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
  pf_draw_grade_response (cr, p, &style, width, height);
}

static void
pf_profile_view_dispose (GObject *object)
{
  PfProfileView *self = (PfProfileView *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store_signals);
  g_clear_object (&self->store);
  g_clear_pointer (&self->knot_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_PROFILE_VIEW);

  G_OBJECT_CLASS (pf_profile_view_parent_class)->dispose (object);
}

static void
pf_profile_view_finalize (GObject *object)
{
  PfProfileView *self = (PfProfileView *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->learn_message, g_free);

  G_OBJECT_CLASS (pf_profile_view_parent_class)->finalize (object);
}

static void
pf_profile_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PfProfileView *self = PF_PROFILE_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_profile_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PfProfileView *self = PF_PROFILE_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      pf_profile_view_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_profile_view_class_init (PfProfileViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfDocumentWidgetClass *document_class = PF_DOCUMENT_WIDGET_CLASS (klass);

  object_class->dispose = pf_profile_view_dispose;
  object_class->finalize = pf_profile_view_finalize;
  object_class->get_property = pf_profile_view_get_property;
  object_class->set_property = pf_profile_view_set_property;

  document_class->plan_changed = pf_profile_view_plan_changed;

  /* The application's: one profile for every window. */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PF_TYPE_PROFILE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-profile-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, stack);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, status_page);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, choose_runs_button);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, empty_error_label);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, empty_spinner);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, title_label);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, spinner);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, removed_label);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, error_label);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, chart);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, plan_group);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, use_switch);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, own_row);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, replace_button);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, effect_row);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, split_row);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, knots_group);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, heat_row);
  gtk_widget_class_bind_template_child (widget_class, PfProfileView, fade_row);
  gtk_widget_class_bind_template_callback (widget_class, on_use_switch_active_changed_cb);

  gtk_widget_class_install_action (widget_class, "profile.choose-runs", NULL,
                                   choose_runs_action);
  gtk_widget_class_install_action (widget_class, "profile.choose-folder", NULL,
                                   choose_folder_action);
  gtk_widget_class_install_action (widget_class, "profile.forget", NULL, forget_action);
  gtk_widget_class_install_action (widget_class, "profile.replace", NULL, replace_action);
}

static void
pf_profile_view_init (PfProfileView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->knot_rows = g_ptr_array_new ();
  self->cancellable = g_cancellable_new ();
  self->store_signals = g_signal_group_new (PF_TYPE_PROFILE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "notify::profile",
                                  G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->store_signals, "notify::load-error",
                                  G_CALLBACK (update), self);
  g_signal_group_connect_swapped (self->store_signals, "notify::busy",
                                  G_CALLBACK (update), self);
  gtk_drawing_area_set_draw_func (self->chart, draw_chart, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pace on hills"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Your pace against grade beside the model’s, with its 95 % "
                                    "band; the rows below say the same for each grade"),
                                  -1);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self->chart, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), self->chart, G_CONNECT_SWAPPED);
  update (self);
}

PfProfileStore *
pf_profile_view_get_store (PfProfileView *self)
{
  g_return_val_if_fail (PF_IS_PROFILE_VIEW (self), NULL);

  return self->store;
}

/* The runner's profile, which PfApplication keeps for every window. */
void
pf_profile_view_set_store (PfProfileView  *self,
                           PfProfileStore *store)
{
  g_return_if_fail (PF_IS_PROFILE_VIEW (self));
  g_return_if_fail (store == NULL || PF_IS_PROFILE_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  g_signal_group_set_target (self->store_signals, store);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
