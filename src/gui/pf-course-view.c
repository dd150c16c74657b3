/* pf-course-view.c — what a course looks like once cleaned: summary, profile, distance, waypoints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-course-view"

#include "config.h"

#include "pf-course-view.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "pf-aid-section.h"
#include "pf-profile-chart.h"
#include "pf-stat-tile.h"

/* The rows of the official distance combo, in order; the last row is "Custom". */
static const double distance_presets[] = {
  0,  /* as measured */
  PF_DISTANCE_5K,
  PF_DISTANCE_10K,
  PF_DISTANCE_HALF,
  PF_DISTANCE_MARATHON,
};
#define CUSTOM_INDEX G_N_ELEMENTS (distance_presets)

struct _PfCourseView
{
  PfDocumentWidget     parent_instance;

  GtkScrolledWindow   *scroller;
  GtkLabel            *title_label;
  GtkLabel            *source_label;
  GtkWidget           *flat_notice;
  GtkFlowBox          *stats_box;
  PfStatTile          *distance_tile;
  PfStatTile          *climb_tile;
  PfStatTile          *descent_tile;
  PfStatTile          *elevation_tile;
  PfStatTile          *aid_tile;
  PfAidSection        *aid_section;
  PfStatTile          *points_tile;
  PfProfileChart      *chart;
  AdwComboRow         *distance_row;
  AdwActionRow        *custom_row;
  GtkSpinButton       *custom_spin;
  GtkLabel            *custom_unit;
  AdwPreferencesGroup *landmark_group;

  GPtrArray           *landmark_rows;

  gboolean             syncing;
  double               custom_unit_m;  /* what one of the custom field's units is, in metres */
};

G_DEFINE_FINAL_TYPE (PfCourseView, pf_course_view, PF_TYPE_DOCUMENT_WIDGET)

static const char *
describe_source (PfTrack *track)
{
  gboolean tcx = pf_track_get_format (track) == PF_TRACK_FORMAT_TCX;

  if (pf_track_get_format (track) == PF_TRACK_FORMAT_FIT)
    return _("FIT track");

  switch (pf_track_get_source (track))
    {
    case PF_TRACK_SOURCE_ROUTE:
      return tcx ? _("TCX route") : _("GPX route");

    case PF_TRACK_SOURCE_WAYPOINTS:
      return _("GPX waypoints");

    case PF_TRACK_SOURCE_TRACK:
    default:
      return tcx ? _("TCX track") : _("GPX track");
    }
}

static void
update_distance_tile (PfCourseView *self,
                      PfCourse     *course)
{
  PfUnitSystem units = pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
  g_autofree char *distance = pf_format_distance (units, pf_course_get_distance (course));
  g_autofree char *measured = pf_format_distance (units, pf_course_get_measured_distance (course));

  pf_stat_tile_set_value (self->distance_tile, distance);
  if (pf_course_get_official_distance (course) > 0)
    {
      g_autofree char *detail = g_strdup_printf (_("GPS measured %s"), measured);
      g_autofree char *tooltip = NULL;

      /* Translators: %+.1f is a signed percentage such as −1.2 */
      tooltip = g_strdup_printf (_("Every distance on the course is scaled by %+.1f %% to match "
                                   "the official distance"),
                                 (pf_course_get_scale (course) - 1.0) * 100.0);
      pf_stat_tile_set_detail (self->distance_tile, detail);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->distance_tile), tooltip);
    }
  else
    {
      pf_stat_tile_set_detail (self->distance_tile, _("as measured by GPS"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->distance_tile), NULL);
    }
}

static void
update_elevation_tiles (PfCourseView *self,
                        PfCourse     *course)
{
  PfUnitSystem units = pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
  g_autofree char *climb = NULL;
  g_autofree char *descent = NULL;
  g_autofree char *raw_climb = NULL;
  g_autofree char *raw_descent = NULL;
  g_autofree char *highest = NULL;
  g_autofree char *lowest = NULL;
  g_autofree char *climb_detail = NULL;
  g_autofree char *descent_detail = NULL;
  g_autofree char *lowest_detail = NULL;
  g_autofree char *tooltip = NULL;

  if (!pf_course_has_elevation (course))
    {
      /* An em dash stands for a figure the file cannot give. */
      pf_stat_tile_set_value (self->climb_tile, "—");
      pf_stat_tile_set_detail (self->climb_tile, _("no elevation data"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->climb_tile), NULL);
      pf_stat_tile_set_value (self->descent_tile, "—");
      pf_stat_tile_set_detail (self->descent_tile, _("no elevation data"));
      pf_stat_tile_set_value (self->elevation_tile, "—");
      pf_stat_tile_set_detail (self->elevation_tile, _("no elevation data"));
      return;
    }

  climb = pf_format_elevation (units, pf_course_get_ascent (course));
  descent = pf_format_elevation (units, pf_course_get_descent (course));
  raw_climb = pf_format_elevation (units, pf_course_get_raw_ascent (course));
  raw_descent = pf_format_elevation (units, pf_course_get_raw_descent (course));
  highest = pf_format_elevation (units, pf_course_get_max_elevation (course));
  lowest = pf_format_elevation (units, pf_course_get_min_elevation (course));

  /* Raw GPS elevation summed point to point overstates climb several times over: show both so
   * the runner sees what cleaning changed. */
  climb_detail = g_strdup_printf (_("raw GPS: +%s"), raw_climb);
  descent_detail = g_strdup_printf (_("raw GPS: −%s"), raw_descent);
  tooltip = g_strdup_printf (_("Counted on the cleaned profile. The raw GPS elevations, summed "
                               "point to point, give +%s and −%s."),
                             raw_climb, raw_descent);
  lowest_detail = g_strdup_printf (_("lowest %s"), lowest);

  pf_stat_tile_set_value (self->climb_tile, climb);
  pf_stat_tile_set_detail (self->climb_tile, climb_detail);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->climb_tile), tooltip);
  pf_stat_tile_set_value (self->descent_tile, descent);
  pf_stat_tile_set_detail (self->descent_tile, descent_detail);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->descent_tile), tooltip);
  pf_stat_tile_set_value (self->elevation_tile, highest);
  pf_stat_tile_set_detail (self->elevation_tile, lowest_detail);
}

static void
update_count_tiles (PfCourseView *self,
                    PfPlan       *plan)
{
  PfCourse *course = pf_plan_get_course (plan);
  guint n_from_file, n_added;
  /* The stations the plan uses, as every page counts them, not only the file's. */
  guint n_aid = pf_plan_get_n_aid_stations (plan, &n_from_file, &n_added);
  guint n_landmarks = pf_course_get_n_landmarks (course);
  g_autofree char *aid = g_strdup_printf ("%u", n_aid);
  /* "%'u" groups thousands the way the locale does. */
  g_autofree char *points = g_strdup_printf ("%'u", pf_course_get_n_points (course));
  g_autofree char *landmarks = NULL;
  g_autofree char *samples = NULL;

  if (n_added > 0 && n_from_file == 0)
    landmarks = g_strdup (_("added, none in the file"));
  else if (n_added > 0)
    /* Translators: the aid stations tile's detail: from the course's file, added by the runner */
    landmarks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u from the file, %u added",
                                              "%u from the file, %u added", n_added),
                                 n_from_file, n_added);
  else if (n_aid == 0 && n_landmarks == 0)
    landmarks = g_strdup (_("none marked in the file"));
  else
    landmarks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u landmark", "%u landmarks",
                                              n_landmarks),
                                 n_landmarks);
  samples = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "resampled to %u point", "resampled to %u points",
                                          pf_course_get_n_samples (course)),
                             pf_course_get_n_samples (course));

  pf_stat_tile_set_value (self->aid_tile, aid);
  pf_stat_tile_set_detail (self->aid_tile, landmarks);
  pf_stat_tile_set_value (self->points_tile, points);
  pf_stat_tile_set_detail (self->points_tile, samples);
}

static void
on_point_row_activated_cb (AdwActionRow *row,
                           PfCourseView *self)
{
  double *distance_m = g_object_get_data (G_OBJECT (row), "pf-distance");

  if (distance_m != NULL)
    pf_profile_chart_set_cursor (self->chart, *distance_m);
}

static GtkWidget *
point_row_new (PfCourseView        *self,
               const PfCoursePoint *point,
               guint                number)
{
  PfUnitSystem units = pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *suffix;
  g_autofree char *title = NULL;
  g_autofree char *distance = pf_format_distance (units, point->distance_m);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  double *distance_m = g_new (double, 1);

  if (point->name != NULL && *point->name != '\0')
    title = g_markup_escape_text (point->name, -1);
  else
    title = g_strdup_printf (_("Point %u"), number);

  if (point->comment != NULL && *point->comment != '\0')
    {
      g_autofree char *comment = g_markup_escape_text (point->comment, -1);

      g_string_append (subtitle, comment);
    }
  /* A waypoint far from the line was matched to its nearest point: say how far. */
  if (point->offset_m >= 100)
    {
      /* Short offsets read better in metres (or feet) than as a fraction of a kilometre. */
      g_autofree char *offset = point->offset_m < 1000
                                ? pf_format_elevation (units, point->offset_m)
                                : pf_format_distance (units, point->offset_m);
      g_autofree char *line = NULL;

      line = g_markup_printf_escaped (_("%s from the course line"), offset);
      if (subtitle->len > 0)
        g_string_append (subtitle, "\n");
      g_string_append (subtitle, line);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);

  suffix = gtk_label_new (distance);
  gtk_widget_add_css_class (suffix, "numeric");
  gtk_widget_add_css_class (suffix, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);

  /* Activating a row shows where the point is on the profile. */
  *distance_m = point->distance_m;
  g_object_set_data_full (G_OBJECT (row), "pf-distance", distance_m, g_free);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_point_row_activated_cb), self, 0);

  return row;
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

/* The file's landmarks; its aid stations are the Aid Stations section's (pf-aid-section.c),
 * with the runner's own. */
static void
update_landmark_rows (PfCourseView *self,
                      PfCourse     *course)
{
  guint n_landmarks = course ? pf_course_get_n_landmarks (course) : 0;

  clear_rows (self->landmark_group, self->landmark_rows);
  for (guint i = 0; i < n_landmarks; i++)
    {
      GtkWidget *row = point_row_new (self, pf_course_get_landmark (course, i), i + 1);

      adw_preferences_group_add (self->landmark_group, row);
      g_ptr_array_add (self->landmark_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->landmark_group), n_landmarks > 0);
}

/* Brings the aid stations into view, ready to add some: the focus on the spacing, which the
 * page scrolls to. */
void
pf_course_view_show_aid_stations (PfCourseView *self)
{
  g_return_if_fail (PF_IS_COURSE_VIEW (self));

  pf_aid_section_focus (self->aid_section);
}

/* A station's row was opened: show where it is. */
static void
on_station_shown_cb (PfCourseView *self,
                     double        distance_m)
{
  pf_profile_chart_set_cursor (self->chart, distance_m);
}

/* The custom distance is typed in the window's units (km or mi). */
static double
custom_spin_metres (PfCourseView *self)
{
  return gtk_spin_button_get_value (self->custom_spin) * self->custom_unit_m;
}

static void
sync_distance_row (PfCourseView *self)
{
  PfDocument *document = pf_document_widget_get_document (PF_DOCUMENT_WIDGET (self));
  PfUnitSystem units = pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
  double official = document ? pf_document_get_official_distance (document) : 0;
  guint selected = adw_combo_row_get_selected (self->distance_row);
  guint index = CUSTOM_INDEX;

  for (guint i = 0; i < G_N_ELEMENTS (distance_presets); i++)
    if (fabs (distance_presets[i] - official) < 0.5)
      index = i;

  /* A custom value that happens to equal a preset stays "Custom": the runner typed it (in the
   * units the field showed then). */
  if (selected == CUSTOM_INDEX && fabs (custom_spin_metres (self) - official) < 0.5)
    index = CUSTOM_INDEX;

  self->syncing = TRUE;
  self->custom_unit_m = pf_units_distance_unit_m (units);
  gtk_label_set_text (self->custom_unit, pf_units_distance_symbol (units));
  adw_combo_row_set_selected (self->distance_row, index);
  if (index == CUSTOM_INDEX)
    gtk_spin_button_set_value (self->custom_spin, official / self->custom_unit_m);
  gtk_widget_set_visible (GTK_WIDGET (self->custom_row), index == CUSTOM_INDEX);
  self->syncing = FALSE;
}

static void
pf_course_view_plan_changed (PfDocumentWidget *widget,
                             PfPlan           *plan)
{
  PfCourseView *self = PF_COURSE_VIEW (widget);
  PfDocument *document = pf_document_widget_get_document (widget);
  PfCourse *course = plan ? pf_plan_get_course (plan) : NULL;
  g_autofree char *source = NULL;
  g_autofree char *title = NULL;

  update_landmark_rows (self, course);
  sync_distance_row (self);

  if (course == NULL)
    return;

  /* The course's name, not the plan's: saving the plan as "Spring race" leaves the course
   * called what it is. */
  title = pf_document_dup_course_title (document);
  gtk_label_set_text (self->title_label, title);
  /* Translators: file name · what was read from it, e.g. "race.gpx · GPX track" */
  source = g_strdup_printf (_("%s · %s"),
                            pf_document_get_display_name (document),
                            describe_source (pf_course_get_track (course)));
  gtk_label_set_text (self->source_label, source);

  gtk_widget_set_visible (self->flat_notice, !pf_course_has_elevation (course));
  update_distance_tile (self, course);
  update_elevation_tiles (self, course);
  update_count_tiles (self, plan);
}

static void
pf_course_view_file_changed (PfDocumentWidget *widget)
{
  PfCourseView *self = PF_COURSE_VIEW (widget);
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  /* A new course starts at its summary, not wherever the previous one was scrolled to. */
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
}

static void
on_distance_row_selected_cb (PfCourseView *self)
{
  PfDocument *document = pf_document_widget_get_document (PF_DOCUMENT_WIDGET (self));
  guint selected = adw_combo_row_get_selected (self->distance_row);
  double official;

  gtk_widget_set_visible (GTK_WIDGET (self->custom_row), selected == CUSTOM_INDEX);
  if (self->syncing || document == NULL)
    return;

  if (selected == CUSTOM_INDEX)
    {
      PfPlan *plan = pf_document_get_plan (document);

      /* Start from the measured length, rounded, so the field holds something sensible. */
      if (plan != NULL)
        {
          double measured = pf_course_get_measured_distance (pf_plan_get_course (plan));

          self->syncing = TRUE;
          gtk_spin_button_set_value (self->custom_spin,
                                     round (measured / self->custom_unit_m * 10.0) / 10.0);
          self->syncing = FALSE;
        }
      official = custom_spin_metres (self);
    }
  else if (selected < G_N_ELEMENTS (distance_presets))
    {
      official = distance_presets[selected];
    }
  else
    {
      return;
    }

  pf_document_set_official_distance (document, official);
}

static void
on_custom_spin_value_changed_cb (PfCourseView *self)
{
  PfDocument *document = pf_document_widget_get_document (PF_DOCUMENT_WIDGET (self));

  if (self->syncing || document == NULL)
    return;

  pf_document_set_official_distance (document, custom_spin_metres (self));
}

static void
pf_course_view_dispose (GObject *object)
{
  PfCourseView *self = (PfCourseView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_COURSE_VIEW);

  G_OBJECT_CLASS (pf_course_view_parent_class)->dispose (object);
}

static void
pf_course_view_finalize (GObject *object)
{
  PfCourseView *self = (PfCourseView *)object;

  g_clear_pointer (&self->landmark_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pf_course_view_parent_class)->finalize (object);
}

static void
pf_course_view_class_init (PfCourseViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfDocumentWidgetClass *document_widget_class = PF_DOCUMENT_WIDGET_CLASS (klass);

  object_class->dispose = pf_course_view_dispose;
  object_class->finalize = pf_course_view_finalize;

  document_widget_class->plan_changed = pf_course_view_plan_changed;
  document_widget_class->file_changed = pf_course_view_file_changed;

  g_type_ensure (PF_TYPE_STAT_TILE);
  g_type_ensure (PF_TYPE_PROFILE_CHART);
  g_type_ensure (PF_TYPE_AID_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-course-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, title_label);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, source_label);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, flat_notice);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, stats_box);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, distance_tile);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, climb_tile);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, descent_tile);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, elevation_tile);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, aid_tile);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, aid_section);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, points_tile);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, chart);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, distance_row);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, custom_row);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, custom_spin);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, custom_unit);
  gtk_widget_class_bind_template_child (widget_class, PfCourseView, landmark_group);
  gtk_widget_class_bind_template_callback (widget_class, on_distance_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_station_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_custom_spin_value_changed_cb);

  gtk_widget_class_set_css_name (widget_class, "pf-course-view");
}

static void
pf_course_view_init (PfCourseView *self)
{
  GtkWidget *child;

  self->landmark_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->custom_unit_m = pf_units_distance_unit_m (PF_UNITS_METRIC);
  gtk_label_set_text (self->custom_unit, pf_units_distance_symbol (PF_UNITS_METRIC));

  /* The tiles are read, not chosen: keep them out of the keyboard focus chain. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->stats_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  gtk_widget_set_visible (GTK_WIDGET (self->landmark_group), FALSE);
}

GtkWidget *
pf_course_view_new (void)
{
  return g_object_new (PF_TYPE_COURSE_VIEW, NULL);
}
