/* pf-plan-view.c — the plan page: the runner's choices beside the finish, pace chart and splits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-plan-view"

#include "config.h"

#include "pf-plan-view.h"
#include "pf-plan-view-private.h"

#include <glib/gi18n.h>
#include <math.h>


/* The inputs sit in a sidebar (PfSidebarPage); the results read the plan only. The template
 * binds the document and units of the editor, the chart and the splits to the page's; the
 * warnings take the plan from here. */
struct _PfPlanView
{
  PfSidebarPage   parent_instance;

  AdwFlap        *flap;
  PfPlanEditor   *editor;
  GtkLabel       *finish_caption;
  GtkLabel       *finish_label;
  GtkLabel       *finish_detail_label;
  GtkWidget      *verdict_box;
  GtkLabel       *verdict_label;
  PfStatTile     *average_pace_tile;
  PfStatTile     *pace_tile;
  PfStatTile     *climb_tile;
  PfStatTile     *heat_tile;
  PfStatTile     *prediction_tile;
  PfProfileChart *chart;
  PfSplitsView   *splits_view;
  PfWarningsList *warnings_list;
};

G_DEFINE_FINAL_TYPE (PfPlanView, pf_plan_view, PF_TYPE_SIDEBAR_PAGE)

/* "+1:23" for a cost, "−0:45" for a saving. */
static char *
format_cost (double seconds)
{
  g_autofree char *duration = pf_duration_format (fabs (seconds));

  if (llround (seconds) == 0)
    return g_strdup ("0:00");
  return g_strdup_printf ("%s%s", seconds < 0 ? "−" : "+", duration);
}

/* The tile shows what the runner's races predict they run by feel on this day (the
 * hills, the heat at their level, the fade of runners like them), with the models' flat
 * range below it and what each model rests on in the tooltip. */
static void
update_predictions (PfPlanView *self,
                    PfPlan     *plan)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  const PfPacing *realistic = pf_plan_get_realistic (plan);
  guint n = pf_plan_get_n_predictions (plan);
  double lo = G_MAXDOUBLE, hi = 0;
  g_autoptr(GString) tooltip = g_string_new (NULL);
  g_autofree char *lo_text = NULL;
  g_autofree char *hi_text = NULL;
  g_autofree char *range = NULL;
  g_autofree char *value = NULL;
  g_autofree char *detail = NULL;
  PfUnitSystem units = pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));

  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->prediction_tile)),
                          realistic != NULL);
  if (realistic == NULL)
    {
      gtk_widget_set_visible (self->verdict_box, FALSE);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      const PfPrediction *p = pf_plan_get_prediction (plan, i);
      g_autofree char *time = pf_duration_format (p->time_s);
      g_autofree char *basis = pf_units_expand (units, pf_prediction_model_get_basis (p->model));

      lo = MIN (lo, p->time_s);
      hi = MAX (hi, p->time_s);
      g_string_append_printf (tooltip, "%s%s: %s — %s", i > 0 ? "\n" : "",
                              pf_prediction_model_get_name (p->model), time, basis);
    }

  lo_text = pf_duration_format (lo);
  hi_text = pf_duration_format (hi);
  if (g_strcmp0 (lo_text, hi_text) == 0)
    range = g_strdup (lo_text);
  else
    /* Translators: a range of predicted finish times, e.g. "3:24:10–3:41:05" */
    range = g_strdup_printf (_("%s–%s"), lo_text, hi_text);
  value = pf_duration_format (realistic->finish_s);
  /* Translators: below the finish by feel: the flat, cool predictions of the models */
  detail = g_strdup_printf (_("by feel on this day · flat and cool %s"), range);
  pf_stat_tile_set_value (self->prediction_tile, value);
  pf_stat_tile_set_detail (self->prediction_tile, detail);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->prediction_tile), tooltip->str);

  /* Not a warning (those come with the whole plan): a plain statement of what the race says. */
  if (inputs->pace_mode == PF_PACE_MODE_GOAL && inputs->goal_time_s < realistic->finish_s - 0.5)
    {
      g_autofree char *goal = pf_duration_format (inputs->goal_time_s);
      g_autofree char *text = NULL;

      text = g_strdup_printf (_("The goal of %s is faster than your races predict by feel on this "
                                "day (%s). The splits show what it takes."),
                              goal, value);
      gtk_label_set_text (self->verdict_label, text);
      gtk_widget_set_visible (self->verdict_box, TRUE);
    }
  else
    {
      gtk_widget_set_visible (self->verdict_box, FALSE);
    }
}

static void
update_summary (PfPlanView *self,
                PfPlan     *plan)
{
  const PfPlanInputs *inputs = pf_plan_get_inputs (plan);
  double finish = pf_plan_get_finish_time (plan);
  PfUnitSystem units = pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
  double unit_m = units == PF_UNITS_IMPERIAL ? PF_METRES_PER_MILE : 1000.0;
  g_autofree char *finish_text = pf_duration_format (finish);
  g_autofree char *start_clock = pf_plan_format_clock (plan, 0);
  g_autofree char *finish_clock = pf_plan_format_clock (plan, finish);
  g_autofree char *detail = NULL;
  g_autofree char *pace = NULL;
  g_autofree char *pace_value = NULL;
  g_autofree char *average = NULL;
  g_autofree char *average_value = NULL;
  g_autofree char *climb = format_cost (pf_plan_get_climb_cost (plan));
  g_autofree char *heat = format_cost (pf_plan_get_heat_cost (plan));
  PfCourse *course = pf_plan_get_course (plan);
  g_autofree char *distance = pf_format_distance (units, pf_course_get_distance (course));

  gtk_label_set_text (self->finish_caption,
                      inputs->pace_mode == PF_PACE_MODE_GOAL ? _("Goal Finish")
                                                             : _("Predicted Finish"));
  gtk_label_set_text (self->finish_label, finish_text);
  /* Translators: under the finish time: distance, start and finish time of day */
  detail = g_strdup_printf (_("%s · start %s · finish at %s"), distance, start_clock,
                            finish_clock);
  gtk_label_set_text (self->finish_detail_label, detail);

  pace_value = pf_pace_format (pf_plan_get_flat_pace (plan) * unit_m);
  pace = g_strdup_printf ("%s /%s", pace_value, pf_units_distance_symbol (units));
  pf_stat_tile_set_value (self->pace_tile, pace);
  pf_stat_tile_set_detail (self->pace_tile, _("in cool air"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pace_tile),
                               _("The pace of this effort on flat ground in cool weather: the "
                                 "grade-adjusted pace of the whole plan. The splits run slower "
                                 "uphill and in the heat, faster downhill"));

  /* What the splits come to: the finish time over the distance shown above. */
  average_value = pf_pace_format (finish / pf_course_get_distance (course) * unit_m);
  average = g_strdup_printf ("%s /%s", average_value, pf_units_distance_symbol (units));
  pf_stat_tile_set_value (self->average_pace_tile, average);
  pf_stat_tile_set_detail (self->average_pace_tile, _("the finish time over the distance"));

  pf_stat_tile_set_value (self->climb_tile, climb);
  pf_stat_tile_set_detail (self->climb_tile,
                           pf_plan_get_climb_cost (plan) < -0.5 ? _("net downhill saves time")
                                                                : _("added by the grades"));
  pf_stat_tile_set_value (self->heat_tile, heat);
  pf_stat_tile_set_detail (self->heat_tile, _("added by temperature and humidity"));

  update_predictions (self, plan);
}

/* The picked warning's stretch shows on the chart and in the splits. */
static void
on_warnings_list_selected_changed_cb (PfPlanView *self)
{
  const PfWarning *warning = pf_warnings_list_get_selected_warning (self->warnings_list);
  double from_m = warning ? warning->from_m : -1;
  double to_m = warning ? warning->to_m : -1;

  pf_profile_chart_set_highlight (self->chart, from_m, to_m);
  pf_splits_view_set_highlight (self->splits_view, from_m, to_m);
}

static void
pf_plan_view_plan_changed (PfDocumentWidget *widget,
                           PfPlan           *plan)
{
  PfPlanView *self = PF_PLAN_VIEW (widget);

  pf_warnings_list_set_units (self->warnings_list,
                              pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self)));
  pf_warnings_list_set_plan (self->warnings_list, plan);
  if (plan != NULL)
    update_summary (self, plan);
}

static void
pf_plan_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_PLAN_VIEW);

  G_OBJECT_CLASS (pf_plan_view_parent_class)->dispose (object);
}

static void
pf_plan_view_class_init (PfPlanViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pf_plan_view_dispose;

  PF_DOCUMENT_WIDGET_CLASS (klass)->plan_changed = pf_plan_view_plan_changed;

  g_type_ensure (PF_TYPE_PLAN_EDITOR);
  g_type_ensure (PF_TYPE_PROFILE_CHART);
  g_type_ensure (PF_TYPE_SPLITS_VIEW);
  g_type_ensure (PF_TYPE_STAT_TILE);
  g_type_ensure (PF_TYPE_WARNINGS_LIST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-plan-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PfPlanView, flap);
  gtk_widget_class_bind_template_child (widget_class, PfPlanView, editor);
  gtk_widget_class_bind_template_child (widget_class, PfPlanView, finish_caption);
  gtk_widget_class_bind_template_child (widget_class, PfPlanView, finish_label);
  gtk_widget_class_bind_template_child (widget_class, PfPlanView, finish_detail_label);
  gtk_widget_class_bind_template_child (widget_class, PfPlanView, verdict_box);
  gtk_widget_class_bind_template_child (widget_class, PfPlanView, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, PfPlanView, average_pace_tile);
  gtk_widget_class_bind_template_child (widget_class, PfPlanView, pace_tile);
  gtk_widget_class_bind_template_child (widget_class, PfPlanView, climb_tile);
  gtk_widget_class_bind_template_child (widget_class, PfPlanView, heat_tile);
  gtk_widget_class_bind_template_child (widget_class, PfPlanView, prediction_tile);
  gtk_widget_class_bind_template_child (widget_class, PfPlanView, chart);
  gtk_widget_class_bind_template_child (widget_class, PfPlanView, splits_view);
  gtk_widget_class_bind_template_child (widget_class, PfPlanView, warnings_list);
  gtk_widget_class_bind_template_callback (widget_class, on_warnings_list_selected_changed_cb);

  gtk_widget_class_set_css_name (widget_class, "pf-plan-view");
}

static void
pf_plan_view_init (PfPlanView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pf_sidebar_page_set_flap (PF_SIDEBAR_PAGE (self), self->flap);
}

GtkWidget *
pf_plan_view_new (void)
{
  return g_object_new (PF_TYPE_PLAN_VIEW, NULL);
}

PfPlanEditor *
_pf_plan_view_get_editor (PfPlanView *self)
{
  return self->editor;
}
