/* pf-plan-editor.c — the runner's choices: goal or recent race, start, weather, pacing
 *
 * A list of sections (PfEditorSection), as GNOME Calendar's event editor is: the goal and
 * recent race (PfGoalSection), the start (PfStartSection), the weather and its forecast
 * (PfWeatherSection), the pacing (PfPacingSection). The template binds each section's
 * document and units to the editor's; what is left here is the error label, which
 * PfInputsEditor fills, and the auto-forecast setting, which the weather section keeps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-plan-editor"

#include "config.h"

#include "pf-plan-editor.h"

#include "pf-goal-section.h"
#include "pf-pacing-section.h"
#include "pf-start-section.h"
#include "pf-weather-section.h"

struct _PfPlanEditor
{
  PfInputsEditor    parent_instance;

  GtkLabel         *error_label;
  PfWeatherSection *weather_section;
};

G_DEFINE_FINAL_TYPE (PfPlanEditor, pf_plan_editor, PF_TYPE_INPUTS_EDITOR)

enum {
  PROP_0,
  PROP_AUTO_FORECAST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pf_plan_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_PLAN_EDITOR);

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
      g_value_set_boolean (value, pf_plan_editor_get_auto_forecast (self));
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

  object_class->dispose = pf_plan_editor_dispose;
  object_class->get_property = pf_plan_editor_get_property;
  object_class->set_property = pf_plan_editor_set_property;

  /* Whether the race-day forecast is fetched without asking: as the plan opens, and again
   * every few hours while it is open (PfWindow binds it to the auto-forecast key). */
  properties[PROP_AUTO_FORECAST] =
    g_param_spec_boolean ("auto-forecast", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS |
                           G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PF_TYPE_GOAL_SECTION);
  g_type_ensure (PF_TYPE_START_SECTION);
  g_type_ensure (PF_TYPE_WEATHER_SECTION);
  g_type_ensure (PF_TYPE_PACING_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-plan-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, error_label);
  /* Named for tests, which reach the fields through them. */
  gtk_widget_class_bind_template_child_full (widget_class, "goal_section", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "start_section", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, PfPlanEditor, weather_section);
  gtk_widget_class_bind_template_child_full (widget_class, "pacing_section", FALSE, 0);

  gtk_widget_class_set_css_name (widget_class, "pf-plan-editor");
}

static void
pf_plan_editor_init (PfPlanEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pf_inputs_editor_set_error_label (PF_INPUTS_EDITOR (self), self->error_label);
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

  /* After dispose, with no section left, nothing is fetched. */
  return self->weather_section != NULL
         && pf_weather_section_get_auto_forecast (self->weather_section);
}

void
pf_plan_editor_set_auto_forecast (PfPlanEditor *self,
                                  gboolean      auto_forecast)
{
  g_return_if_fail (PF_IS_PLAN_EDITOR (self));

  if (self->weather_section == NULL || pf_plan_editor_get_auto_forecast (self) == !!auto_forecast)
    return;

  pf_weather_section_set_auto_forecast (self->weather_section, auto_forecast);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTO_FORECAST]);
}
