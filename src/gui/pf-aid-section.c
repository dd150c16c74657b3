/* pf-aid-section.c — the Course page's Aid Stations: where the stations are, and what each offers
 *
 * One row (PfAidRow) for every station on the way — the course file's and the runner's own,
 * and the file's that the runner took out, so that they can be put back — above which the
 * runner adds one at a place, or one every few kilometres (miles) in a single step. Every
 * edit goes through pf-aid-stations.c, the rule the plan, its pages and its printouts count
 * and draw the stations by. Rows are rebuilt only when the stations change, so that a toggle
 * is never destroyed while it is being clicked; otherwise they follow the inputs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-aid-section"

#include "config.h"

#include "pf-aid-section.h"
#include "pf-course-view-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "pf-aid-row.h"
#include "pf-field.h"

struct _PfAidSection
{
  PfEditorSection      parent_instance;

  AdwPreferencesGroup *group;
  AdwExpanderRow      *every_row;
  GtkSpinButton       *every_spin;
  GtkLabel            *every_unit;
  GtkButton           *every_add_button;
  GtkSpinButton       *from_spin;
  GtkLabel            *from_unit;
  GtkSpinButton       *to_spin;
  GtkLabel            *to_unit;
  GtkSpinButton       *aid_spin;
  GtkLabel            *aid_unit;
  GtkButton           *aid_add_button;

  GPtrArray           *aid_rows;
  char                *aid_key;
  double               expanded_m;    /* the station whose row is open; NAN: none */
  gboolean             every_chosen;  /* the spacing typed by the runner: keep it */
  gboolean             range_chosen;  /* first and last typed by the runner: keep them */
  gboolean             setting_range;
};

G_DEFINE_FINAL_TYPE (PfAidSection, pf_aid_section, PF_TYPE_EDITOR_SECTION)

enum
{
  STATION_SHOWN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static PfUnitSystem
units_of (PfAidSection *self)
{
  return pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
}

static PfCourse *
course_of (PfAidSection *self)
{
  PfPlan *plan = pf_document_widget_get_plan (PF_DOCUMENT_WIDGET (self));

  return plan != NULL ? pf_plan_get_course (plan) : NULL;
}

/* A spin button's value in metres, in the runner's units. */
static double
spin_metres (PfAidSection  *self,
             GtkSpinButton *spin)
{
  gtk_spin_button_update (spin);
  return round (gtk_spin_button_get_value (spin) * pf_units_distance_unit_m (units_of (self)));
}

static void
on_aid_add_clicked_cb (PfAidSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  double metres = spin_metres (self, self->aid_spin);

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;

  if (!pf_plan_inputs_add_aid (&inputs, course_of (self), metres))
    {
      pf_field_set_error (GTK_WIDGET (self->aid_spin),
                          _("A station is already there, or the place is not on the way: "
                            "pick a place on the course, short of the finish"));
      return;
    }
  pf_field_set_error (GTK_WIDGET (self->aid_spin), NULL);
  if (pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs,
                                     GTK_WIDGET (self->aid_spin)))
    /* The next station is likely a little further on. */
    gtk_spin_button_spin (self->aid_spin, GTK_SPIN_PAGE_FORWARD, 0);
}

/* The first station at one spacing and the last by the finish, until the runner types them. */
static void
follow_range (PfAidSection *self)
{
  PfCourse *course = course_of (self);

  if (self->range_chosen)
    return;

  self->setting_range = TRUE;
  gtk_spin_button_set_value (self->from_spin, gtk_spin_button_get_value (self->every_spin));
  if (course != NULL)
    gtk_spin_button_set_value (self->to_spin,
                               floor (pf_units_distance_value (units_of (self),
                                                               pf_course_get_distance (course))
                                      * 10.0) / 10.0);
  self->setting_range = FALSE;
}

static void
on_every_changed_cb (PfAidSection *self)
{
  pf_field_set_error (GTK_WIDGET (self->every_spin), NULL);
  if (!self->setting_range)
    self->every_chosen = TRUE;
  follow_range (self);
}

static void
on_range_changed_cb (PfAidSection *self)
{
  if (!self->setting_range)
    self->range_chosen = TRUE;
}

static void
on_every_add_clicked_cb (PfAidSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  PfCourse *course = course_of (self);
  double every = spin_metres (self, self->every_spin);
  double from = spin_metres (self, self->from_spin);
  double to = spin_metres (self, self->to_spin);
  guint before;

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;
  /* The last "by the finish" is the finish, whatever the rounding of the field. */
  if (course != NULL && to >= pf_course_get_distance (course) - 100.0)
    to = 0.0;

  before = inputs.fuel.extra_aid_m->len;
  if (!pf_plan_inputs_add_aid_every (&inputs, course, every, from, to))
    {
      pf_field_set_error (GTK_WIDGET (self->every_spin),
                          _("The first station must come before the last, and stations at "
                            "least half a kilometre apart"));
      return;
    }
  if (inputs.fuel.extra_aid_m->len == before)
    {
      pf_field_set_error (GTK_WIDGET (self->every_spin),
                          _("Every one of these places has a station already"));
      return;
    }
  pf_field_set_error (GTK_WIDGET (self->every_spin), NULL);
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs,
                                 GTK_WIDGET (self->every_spin));
}

static void
on_offers_changed_cb (PfAidRow     *row,
                      guint         offers,
                      PfAidSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  double metres = pf_aid_row_get_distance (row);

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;
  pf_plan_inputs_set_aid (&inputs, metres, offers, pf_plan_inputs_aid_name_at (&inputs, metres));
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, NULL);
}

static void
on_renamed_cb (PfAidRow     *row,
               const char   *name,
               PfAidSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  double metres = pf_aid_row_get_distance (row);

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;
  pf_plan_inputs_set_aid (&inputs, metres, pf_plan_inputs_offers_at (&inputs, metres), name);
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, NULL);
}

static void
on_moved_cb (PfAidRow     *row,
             double        to_m,
             PfAidSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  double from_m = pf_aid_row_get_distance (row);

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;
  if (!pf_plan_inputs_move_aid (&inputs, course_of (self), from_m, to_m,
                                pf_aid_row_get_name (row)))
    {
      pf_aid_row_set_distance_error (row, _("Another station is there, or the place is not on "
                                            "the way: pick a place on the course, short of the "
                                            "finish"));
      return;
    }
  /* Its row stays open where it went. */
  self->expanded_m = to_m;
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, NULL);
}

static void
on_removed_cb (PfAidRow     *row,
               PfAidSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;
  pf_plan_inputs_remove_aid (&inputs, pf_aid_row_get_distance (row));
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, NULL);
}

static void
on_restored_cb (PfAidRow     *row,
                PfAidSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  double metres = pf_aid_row_get_distance (row);

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;
  pf_plan_inputs_set_aid (&inputs, metres, PF_OFFERS_DEFAULT,
                          pf_plan_inputs_aid_name_at (&inputs, metres));
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, NULL);
}

static void
on_row_expanded_cb (PfAidRow     *row,
                    GParamSpec   *pspec,
                    PfAidSection *self)
{
  double metres = pf_aid_row_get_distance (row);

  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    {
      self->expanded_m = metres;
      g_signal_emit (self, signals[STATION_SHOWN], 0, metres);
    }
  else if (fabs (self->expanded_m - metres) < 1.0)
    {
      self->expanded_m = NAN;
    }
}

static GtkWidget *
station_row_new (PfAidSection       *self,
                 const PfAidStation *station)
{
  GtkWidget *row = pf_aid_row_new (station, units_of (self));

  g_signal_connect_object (row, "offers-changed", G_CALLBACK (on_offers_changed_cb), self, 0);
  g_signal_connect_object (row, "renamed", G_CALLBACK (on_renamed_cb), self, 0);
  g_signal_connect_object (row, "moved", G_CALLBACK (on_moved_cb), self, 0);
  g_signal_connect_object (row, "removed", G_CALLBACK (on_removed_cb), self, 0);
  g_signal_connect_object (row, "restored", G_CALLBACK (on_restored_cb), self, 0);
  if (fabs (station->distance_m - self->expanded_m) < 1.0)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_row_expanded_cb), self, 0);
  return row;
}

/* Rebuilds the rows when the stations (or the units they are shown in) changed, or @force. */
static void
sync_rows (PfAidSection       *self,
           const PfPlanInputs *inputs,
           gboolean            force)
{
  PfCourse *course = course_of (self);
  g_autoptr(GArray) stations = course != NULL ? pf_aid_stations_list (course, inputs, TRUE)
                                              : g_array_new (FALSE, FALSE, sizeof (PfAidStation));
  g_autoptr(GString) key = g_string_new (NULL);

  g_string_append_printf (key, "%d;", units_of (self));
  for (guint i = 0; i < stations->len; i++)
    {
      const PfAidStation *station = &g_array_index (stations, PfAidStation, i);

      g_string_append_printf (key, "%.1f %d %d %s;", station->distance_m, station->from_course,
                              station->offers == 0, station->name);
    }

  if (force || g_strcmp0 (key->str, self->aid_key) != 0)
    {
      for (guint i = 0; i < self->aid_rows->len; i++)
        adw_preferences_group_remove (self->group, g_ptr_array_index (self->aid_rows, i));
      g_ptr_array_set_size (self->aid_rows, 0);
      for (guint i = 0; i < stations->len; i++)
        {
          GtkWidget *row = station_row_new (self, &g_array_index (stations, PfAidStation, i));

          adw_preferences_group_add (self->group, row);
          g_ptr_array_add (self->aid_rows, row);
        }
      g_free (self->aid_key);
      self->aid_key = g_string_free (g_steal_pointer (&key), FALSE);
    }

  for (guint i = 0; i < self->aid_rows->len; i++)
    pf_aid_row_set_offers (g_ptr_array_index (self->aid_rows, i),
                           g_array_index (stations, PfAidStation, i).offers);

  adw_preferences_group_set_description (self->group,
                                         stations->len > 0
                                         ? _("Where the course offers a drink: the schedule "
                                             "drinks at these, and from what you carry")
                                         : _("The course’s file marks none. Add the race’s "
                                             "stations here, one at a time or one every few "
                                             "kilometres."));
}

static void
pf_aid_section_sync (PfEditorSection    *section,
                     const PfPlanInputs *inputs,
                     gboolean            force)
{
  PfAidSection *self = PF_AID_SECTION (section);
  const char *unit = pf_units_distance_symbol (units_of (self));
  gboolean on_course = course_of (self) != NULL;

  gtk_label_set_text (self->every_unit, unit);
  gtk_label_set_text (self->from_unit, unit);
  gtk_label_set_text (self->to_unit, unit);
  gtk_label_set_text (self->aid_unit, unit);
  gtk_widget_set_sensitive (GTK_WIDGET (self->every_row), on_course);
  gtk_widget_set_sensitive (GTK_WIDGET (self->aid_add_button), on_course);
  if (force)
    {
      /* Another course or other units: the range starts over from the spacing, and the
       * spacing is the one offered — about every 5 km, where World Athletics' road-race rules
       * put refreshment stations (3 mi, the nearest whole mile) — unless the runner typed one
       * (docs/science.md §11). */
      if (!self->every_chosen)
        {
          self->setting_range = TRUE;
          gtk_spin_button_set_value (self->every_spin,
                                     units_of (self) == PF_UNITS_IMPERIAL ? 3.0 : 5.0);
          self->setting_range = FALSE;
        }
      self->range_chosen = FALSE;
    }
  /* The last station by the finish, as the official distance puts it. */
  follow_range (self);
  sync_rows (self, inputs, force);
}

static void
pf_aid_section_dispose (GObject *object)
{
  PfAidSection *self = PF_AID_SECTION (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PF_TYPE_AID_SECTION);
  g_clear_pointer (&self->aid_rows, g_ptr_array_unref);
  g_clear_pointer (&self->aid_key, g_free);

  G_OBJECT_CLASS (pf_aid_section_parent_class)->dispose (object);
}

static void
pf_aid_section_class_init (PfAidSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PfEditorSectionClass *section_class = PF_EDITOR_SECTION_CLASS (klass);

  object_class->dispose = pf_aid_section_dispose;
  section_class->sync = pf_aid_section_sync;

  /* A station's row was opened: the page shows where it is on the profile. */
  signals[STATION_SHOWN] = g_signal_new ("station-shown", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_DOUBLE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-aid-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, group);
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, every_row);
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, every_spin);
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, every_unit);
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, every_add_button);
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, from_spin);
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, from_unit);
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, to_spin);
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, to_unit);
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, aid_spin);
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, aid_unit);
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, aid_add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_aid_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_every_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_range_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_every_add_clicked_cb);
}

static void
pf_aid_section_init (PfAidSection *self)
{
  self->aid_rows = g_ptr_array_new ();
  self->expanded_m = NAN;

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Puts the focus on the spacing of "Add One Every": the first thing to set, and the page
 * scrolls to it. */
void
pf_aid_section_focus (PfAidSection *self)
{
  g_return_if_fail (PF_IS_AID_SECTION (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->every_spin));
}

/* The row of the station at @distance_m (within 1 m), or NULL: for tests. */
PfAidRow *
_pf_aid_section_get_row (PfAidSection *self,
                         double        distance_m)
{
  for (guint i = 0; i < self->aid_rows->len; i++)
    if (fabs (pf_aid_row_get_distance (g_ptr_array_index (self->aid_rows, i)) - distance_m) < 1.0)
      return g_ptr_array_index (self->aid_rows, i);

  return NULL;
}

/* The toggle for @offer on the row of the station at @distance_m (within 1 m). */
GtkToggleButton *
_pf_aid_section_get_offer_toggle (PfAidSection *self,
                                  double        distance_m,
                                  PfOffers      offer)
{
  PfAidRow *row = _pf_aid_section_get_row (self, distance_m);

  return row != NULL ? pf_aid_row_get_offer_toggle (row, offer) : NULL;
}
