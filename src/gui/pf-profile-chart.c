/* pf-profile-chart.c — the elevation profile widget: the report drawing on screen, with hover
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-profile-chart"

#include "config.h"

#include "pf-profile-chart.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "core/pf-duration.h"
#include "report/pf-chart.h"

#define MIN_WIDTH      200
#define MIN_HEIGHT     220
#define NATURAL_HEIGHT 260
#define READOUT_GAP    12
/* An aid station this close to the pointer (in pixels) is named in the readout. */
#define SNAP_PX        6

struct _PfProfileChart
{
  PfDocumentWidget parent_instance;

  GtkLabel        *readout;

  PfPlan          *plan;   /* the document's, as drawn */
  gboolean         show_plan;
  double           cursor_m;
  double           highlight_from_m;
  double           highlight_to_m;
  char            *font_family;

  /* Hit-testing needs the plot rectangle; text measurement makes it worth keeping. */
  PfProfileLayout  layout;
  int              layout_width;
  int              layout_height;
  gboolean         layout_valid;
};

G_DEFINE_FINAL_TYPE (PfProfileChart, pf_profile_chart, PF_TYPE_DOCUMENT_WIDGET)

enum {
  PROP_0,
  PROP_CURSOR,
  PROP_SHOW_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static PfUnitSystem
units_of (PfProfileChart *self)
{
  return pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
}

static void
pf_profile_chart_style (PfProfileChart *self,
                        PfChartStyle   *style)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style_manager);

  if (adw_style_manager_get_high_contrast (style_manager))
    pf_chart_style_init_high_contrast (style, dark);
  else if (dark)
    pf_chart_style_init_dark (style);
  else
    pf_chart_style_init_light (style);

  /* The card behind the chart is the background on screen. */
  style->background.alpha = 0;
  style->units = units_of (self);
  style->show_plan = self->show_plan;
  style->show_intakes = self->show_plan;
  style->show_warnings = self->show_plan;
  if (self->font_family != NULL)
    style->font_family = self->font_family;
}

static const PfProfileLayout *
pf_profile_chart_get_layout (PfProfileChart *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (!self->layout_valid || width != self->layout_width || height != self->layout_height)
    {
      PfChartStyle style;

      pf_profile_chart_style (self, &style);
      pf_profile_layout_compute (&self->layout, self->plan, &style, width, height);
      self->layout_width = width;
      self->layout_height = height;
      self->layout_valid = TRUE;
    }

  return &self->layout;
}

static void
pf_profile_chart_invalidate (PfProfileChart *self)
{
  self->layout_valid = FALSE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_font_family (PfProfileChart *self)
{
  g_autofree char *font_name = NULL;
  g_autoptr(PangoFontDescription) font = NULL;

  g_object_get (gtk_settings_get_default (), "gtk-font-name", &font_name, NULL);
  g_clear_pointer (&self->font_family, g_free);
  if (font_name != NULL)
    {
      font = pango_font_description_from_string (font_name);
      if (pango_font_description_get_family (font) != NULL)
        self->font_family = g_strdup (pango_font_description_get_family (font));
    }
}

/* Dark and high contrast change the palette and the widths of lines, not the layout. */
static void
on_style_manager_style_changed_cb (PfProfileChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_settings_font_name_changed_cb (PfProfileChart *self)
{
  update_font_family (self);
  pf_profile_chart_invalidate (self);
}

/* The aid station the plan uses (pf_plan_get_aid_stations: the runner's too, not one taken
 * out) nearest @distance_m within SNAP_PX, or NULL. */
static const PfAidStation *
find_aid_station_near (PfProfileChart *self,
                       double          distance_m)
{
  const PfProfileLayout *layout = pf_profile_chart_get_layout (self);
  double tolerance_m = SNAP_PX / MAX (layout->width, 1.0) * layout->distance_max_m;
  const GArray *stations = pf_plan_get_aid_stations (self->plan);
  const PfAidStation *nearest = NULL;

  for (guint i = 0; i < stations->len; i++)
    {
      const PfAidStation *station = &g_array_index (stations, PfAidStation, i);
      double off = ABS (station->distance_m - distance_m);

      if (off <= tolerance_m && (nearest == NULL || off < ABS (nearest->distance_m - distance_m)))
        nearest = station;
    }

  return nearest;
}

static void
update_readout (PfProfileChart *self)
{
  PfCourse *course = self->plan ? pf_plan_get_course (self->plan) : NULL;
  g_autofree char *distance = NULL;
  g_autofree char *markup = NULL;
  const PfAidStation *aid;

  if (course == NULL || self->cursor_m < 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->readout), FALSE);
      return;
    }

  distance = pf_format_distance (units_of (self), self->cursor_m);
  if (pf_course_has_elevation (course))
    {
      g_autofree char *ele = NULL;
      g_autofree char *grade = NULL;

      ele = pf_format_elevation (units_of (self), pf_course_elevation_at (course, self->cursor_m));
      grade = pf_format_grade (pf_course_grade_at (course, self->cursor_m));
      /* Translators: the hover readout of the elevation profile: distance, elevation, grade */
      markup = g_markup_printf_escaped (_("<b>%s</b>\n%s · %s"), distance, ele, grade);
    }
  else
    {
      markup = g_markup_printf_escaped ("<b>%s</b>", distance);
    }

  if (self->show_plan && pf_plan_get_n_segments (self->plan) > 0)
    {
      double unit_m = pf_units_distance_unit_m (units_of (self));
      double elapsed = pf_plan_elapsed_at (self->plan, self->cursor_m);
      g_autofree char *pace = pf_pace_format (pf_profile_pace_at (self->plan, self->cursor_m)
                                              * unit_m);
      g_autofree char *elapsed_text = pf_duration_format (elapsed);
      g_autofree char *clock = pf_plan_format_clock (self->plan, elapsed);
      g_autofree char *line = NULL;
      char *joined;

      /* Translators: the hover readout of the pace chart: pace per km or mi, then the time
       * since the start and the time of day, e.g. "4:58 /km", "1:02:13 · 09:02:13" */
      line = g_markup_printf_escaped (_("\n%s /%s\n%s · %s"), pace,
                                      pf_units_distance_symbol (units_of (self)), elapsed_text, clock);
      joined = g_strconcat (markup, line, NULL);
      g_free (markup);
      markup = joined;
    }

  aid = find_aid_station_near (self, self->cursor_m);
  if (aid != NULL)
    {
      g_autofree char *line = g_markup_printf_escaped ("\n%s", aid->name[0] != '\0'
                                                               ? aid->name : _("Aid station"));
      char *joined = g_strconcat (markup, line, NULL);

      g_free (markup);
      markup = joined;
    }

  gtk_label_set_markup (self->readout, markup);
  gtk_widget_set_visible (GTK_WIDGET (self->readout), TRUE);
}

static void
on_motion_motion_cb (GtkEventControllerMotion *controller,
                     double                    x,
                     double                    y,
                     PfProfileChart           *self)
{
  const PfProfileLayout *layout;

  if (self->plan == NULL)
    return;

  layout = pf_profile_chart_get_layout (self);
  if (x < layout->x || x > layout->x + layout->width)
    pf_profile_chart_set_cursor (self, -1);
  else
    pf_profile_chart_set_cursor (self, pf_profile_layout_distance_at_x (layout, x));
}

static void
on_motion_leave_cb (GtkEventControllerMotion *controller,
                    PfProfileChart           *self)
{
  pf_profile_chart_set_cursor (self, -1);
}

/* Keyboard users explore the profile too: arrows step 1 % of the course (Shift: 10 %). */
static gboolean
on_key_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       PfProfileChart        *self)
{
  PfCourse *course = self->plan ? pf_plan_get_course (self->plan) : NULL;
  double length, step, cursor;

  if (course == NULL)
    return GDK_EVENT_PROPAGATE;

  length = pf_course_get_distance (course);
  step = length * ((state & GDK_SHIFT_MASK) ? 0.1 : 0.01);
  cursor = self->cursor_m < 0 ? 0 : self->cursor_m;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      cursor = self->cursor_m < 0 ? 0 : cursor - step;
      break;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      cursor = self->cursor_m < 0 ? 0 : cursor + step;
      break;

    case GDK_KEY_Home:
      cursor = 0;
      break;

    case GDK_KEY_End:
      cursor = length;
      break;

    case GDK_KEY_Escape:
      if (self->cursor_m < 0)
        return GDK_EVENT_PROPAGATE;
      pf_profile_chart_set_cursor (self, -1);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }

  pf_profile_chart_set_cursor (self, CLAMP (cursor, 0, length));
  return GDK_EVENT_STOP;
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   PfProfileChart          *self)
{
  pf_profile_chart_set_cursor (self, -1);
}

static void
update_accessible_description (PfProfileChart *self)
{
  PfCourse *course = self->plan ? pf_plan_get_course (self->plan) : NULL;
  g_autofree char *description = NULL;
  g_autofree char *distance = NULL;
  guint n_aid;

  if (course == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  distance = pf_format_distance (units_of (self), pf_course_get_distance (course));
  n_aid = pf_plan_get_n_aid_stations (self->plan, NULL, NULL);
  if (pf_course_has_elevation (course))
    {
      g_autofree char *climb = pf_format_elevation (units_of (self), pf_course_get_ascent (course));
      g_autofree char *descent = pf_format_elevation (units_of (self),
                                                      pf_course_get_descent (course));
      g_autofree char *lowest = pf_format_elevation (units_of (self),
                                                     pf_course_get_min_elevation (course));
      g_autofree char *highest = pf_format_elevation (units_of (self),
                                                      pf_course_get_max_elevation (course));

      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%s, climb %s, descent %s, from %s to %s, "
                                                  "%u aid station",
                                                  "%s, climb %s, descent %s, from %s to %s, "
                                                  "%u aid stations",
                                                  n_aid),
                                     distance, climb, descent, lowest, highest, n_aid);
    }
  else
    {
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%s, no elevation data (treated as flat), "
                                                  "%u aid station",
                                                  "%s, no elevation data (treated as flat), "
                                                  "%u aid stations",
                                                  n_aid),
                                     distance, n_aid);
    }

  /* The pace chart sits above the splits table, which says the same split by split: the
   * description points there rather than reading out a line of numbers. */
  if (self->show_plan && pf_plan_get_n_segments (self->plan) > 0)
    {
      double finish = pf_plan_get_finish_time (self->plan);
      g_autofree char *time = pf_duration_format (finish);
      g_autofree char *clock = pf_plan_format_clock (self->plan, finish);
      char *with_plan;

      /* Translators: the course described above, then the planned finish: the time it takes
       * and the time of day, e.g. "4:00:00", "12:00:00" */
      with_plan = g_strdup_printf (_("%s; finish in %s, at %s. The splits table below lists "
                                     "the time and pace of every split."),
                                   description, time, clock);
      g_free (description);
      description = with_plan;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
pf_profile_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = 600;
    }
  else
    {
      *minimum = MIN_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

/* The readout floats beside the cursor line, flipping to its left near the right edge. */
static void
pf_profile_chart_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  PfProfileChart *self = PF_PROFILE_CHART (widget);
  GtkWidget *readout = GTK_WIDGET (self->readout);
  const PfProfileLayout *layout;
  int readout_w, readout_h;
  double cursor_x, x, y;

  if (!gtk_widget_should_layout (readout))
    return;

  gtk_widget_measure (readout, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &readout_w, NULL, NULL);
  readout_w = MIN (readout_w, width);
  gtk_widget_measure (readout, GTK_ORIENTATION_VERTICAL, readout_w, NULL, &readout_h, NULL, NULL);

  layout = pf_profile_chart_get_layout (self);
  cursor_x = pf_profile_layout_x_at_distance (layout, MAX (self->cursor_m, 0));
  x = cursor_x + READOUT_GAP;
  if (x + readout_w > width)
    x = cursor_x - READOUT_GAP - readout_w;
  x = CLAMP (x, 0, MAX (0, width - readout_w));
  y = MAX (0, layout->y + 4);

  gtk_widget_allocate (readout, readout_w, readout_h, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, y)));
}

static void
pf_profile_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  PfProfileChart *self = PF_PROFILE_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PfChartStyle style;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  pf_profile_chart_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pf_draw_profile_highlighted (cr, self->plan, &style, width, height, self->cursor_m,
                               self->highlight_from_m, self->highlight_to_m);
  cairo_destroy (cr);

  gtk_widget_snapshot_child (widget, GTK_WIDGET (self->readout), snapshot);
}

/* Also after new units: the text and the axes change with them. */
static void
pf_profile_chart_plan_changed (PfDocumentWidget *widget,
                               PfPlan           *plan)
{
  PfProfileChart *self = PF_PROFILE_CHART (widget);

  if (self->plan != plan)
    {
      g_clear_pointer (&self->plan, pf_plan_unref);
      self->plan = plan ? pf_plan_ref (plan) : NULL;
    }
  update_accessible_description (self);
  update_readout (self);
  pf_profile_chart_invalidate (self);
}

static void
pf_profile_chart_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_PROFILE_CHART);

  G_OBJECT_CLASS (pf_profile_chart_parent_class)->dispose (object);
}

static void
pf_profile_chart_finalize (GObject *object)
{
  PfProfileChart *self = (PfProfileChart *)object;

  g_clear_pointer (&self->plan, pf_plan_unref);
  g_clear_pointer (&self->font_family, g_free);

  G_OBJECT_CLASS (pf_profile_chart_parent_class)->finalize (object);
}

static void
pf_profile_chart_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PfProfileChart *self = PF_PROFILE_CHART (object);

  switch (prop_id)
    {
    case PROP_CURSOR:
      g_value_set_double (value, self->cursor_m);
      break;

    case PROP_SHOW_PLAN:
      g_value_set_boolean (value, self->show_plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_profile_chart_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PfProfileChart *self = PF_PROFILE_CHART (object);

  switch (prop_id)
    {
    case PROP_CURSOR:
      pf_profile_chart_set_cursor (self, g_value_get_double (value));
      break;

    case PROP_SHOW_PLAN:
      pf_profile_chart_set_show_plan (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pf_profile_chart_class_init (PfProfileChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pf_profile_chart_dispose;
  object_class->finalize = pf_profile_chart_finalize;
  object_class->get_property = pf_profile_chart_get_property;
  object_class->set_property = pf_profile_chart_set_property;

  widget_class->measure = pf_profile_chart_measure;
  widget_class->size_allocate = pf_profile_chart_size_allocate;
  widget_class->snapshot = pf_profile_chart_snapshot;

  PF_DOCUMENT_WIDGET_CLASS (klass)->plan_changed = pf_profile_chart_plan_changed;

  properties[PROP_CURSOR] =
    g_param_spec_double ("cursor", NULL, NULL,
                         -1, G_MAXDOUBLE, -1,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /* Draw the pace line, its axis and the temperature strip over the profile. */
  properties[PROP_SHOW_PLAN] =
    g_param_spec_boolean ("show-plan", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-profile-chart.ui");
  gtk_widget_class_bind_template_child (widget_class, PfProfileChart, readout);
  gtk_widget_class_bind_template_callback (widget_class, on_motion_motion_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_motion_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_key_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_focus_leave_cb);

  gtk_widget_class_set_css_name (widget_class, "pf-profile-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pf_profile_chart_init (PfProfileChart *self)
{
  self->cursor_m = -1;
  self->highlight_from_m = -1;
  self->highlight_to_m = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Elevation profile"),
                                  -1);

  update_font_family (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_manager_style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (on_style_manager_style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_settings_get_default (), "notify::gtk-font-name",
                           G_CALLBACK (on_settings_font_name_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
pf_profile_chart_new (void)
{
  return g_object_new (PF_TYPE_PROFILE_CHART, NULL);
}

PfPlan *
pf_profile_chart_get_plan (PfProfileChart *self)
{
  g_return_val_if_fail (PF_IS_PROFILE_CHART (self), NULL);

  return self->plan;
}

gboolean
pf_profile_chart_get_show_plan (PfProfileChart *self)
{
  g_return_val_if_fail (PF_IS_PROFILE_CHART (self), FALSE);

  return self->show_plan;
}

void
pf_profile_chart_set_show_plan (PfProfileChart *self,
                                gboolean        show_plan)
{
  g_return_if_fail (PF_IS_PROFILE_CHART (self));

  show_plan = !!show_plan;
  if (self->show_plan == show_plan)
    return;

  self->show_plan = show_plan;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  show_plan ? _("Pace, elevation and temperature")
                                            : _("Elevation profile"),
                                  -1);
  update_accessible_description (self);
  update_readout (self);
  pf_profile_chart_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PLAN]);
}

double
pf_profile_chart_get_cursor (PfProfileChart *self)
{
  g_return_val_if_fail (PF_IS_PROFILE_CHART (self), -1);

  return self->cursor_m;
}

/* @distance_m: along the course, or a negative value to hide the cursor. */
void
pf_profile_chart_set_cursor (PfProfileChart *self,
                             double          distance_m)
{
  g_return_if_fail (PF_IS_PROFILE_CHART (self));

  if (distance_m < 0)
    distance_m = -1;
  if (self->cursor_m == distance_m)
    return;

  self->cursor_m = distance_m;
  update_readout (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR]);
}

/* Shows the stretch @from_m–@to_m as a band (a warning the reader picked); @to_m <= @from_m
 * removes it. */
void
pf_profile_chart_set_highlight (PfProfileChart *self,
                                double          from_m,
                                double          to_m)
{
  g_return_if_fail (PF_IS_PROFILE_CHART (self));

  if (to_m <= from_m)
    from_m = to_m = -1;
  if (self->highlight_from_m == from_m && self->highlight_to_m == to_m)
    return;

  self->highlight_from_m = from_m;
  self->highlight_to_m = to_m;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Returns: FALSE when nothing is highlighted. */
gboolean
pf_profile_chart_get_highlight (PfProfileChart *self,
                                double         *from_m,
                                double         *to_m)
{
  g_return_val_if_fail (PF_IS_PROFILE_CHART (self), FALSE);

  if (from_m != NULL)
    *from_m = self->highlight_from_m;
  if (to_m != NULL)
    *to_m = self->highlight_to_m;
  return self->highlight_to_m > self->highlight_from_m;
}
