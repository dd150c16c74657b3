/* pf-aid-section.c — the Fuel page's Aid Stations group: stations added, and what each offers
 *
 * One row for every station the schedule can use (the course's, and those the runner adds),
 * each with a toggle for what it offers. Rows are rebuilt only when the stations change, so a
 * toggle is never destroyed while it is being clicked; otherwise the toggles follow the inputs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-aid-section"

#include "config.h"

#include "pf-aid-section.h"
#include "pf-fuel-view-private.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "pf-field.h"

struct _PfAidSection
{
  PfEditorSection      parent_instance;

  AdwPreferencesGroup *group;
  GtkSpinButton       *aid_spin;
  GtkLabel            *aid_unit;
  GtkButton           *aid_add_button;

  GPtrArray           *aid_rows;
  char                *aid_key;
};

G_DEFINE_FINAL_TYPE (PfAidSection, pf_aid_section, PF_TYPE_EDITOR_SECTION)

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

static PfUnitSystem
units_of (PfAidSection *self)
{
  return pf_document_widget_get_units (PF_DOCUMENT_WIDGET (self));
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
on_aid_add_clicked_cb (PfAidSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  double km = units_of (self) == PF_UNITS_IMPERIAL ? PF_METRES_PER_MILE / 1000.0 : 1.0;
  double metres;

  gtk_spin_button_update (self->aid_spin);
  metres = round (gtk_spin_button_get_value (self->aid_spin) * km * 1000.0);
  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;

  for (guint i = 0; i < inputs.fuel.extra_aid_m->len; i++)
    if (fabs (g_array_index (inputs.fuel.extra_aid_m, double, i) - metres) < 1.0)
      return;
  g_array_append_val (inputs.fuel.extra_aid_m, metres);
  g_array_sort (inputs.fuel.extra_aid_m, compare_doubles);
  if (pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs,
                                     GTK_WIDGET (self->aid_spin)))
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
                          PfAidSection *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  double metres = *(double *) g_object_get_data (G_OBJECT (button), "pf-aid-m");

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
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
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, NULL);
}

static void
on_offer_toggled_cb (GtkToggleButton *toggle,
                     PfAidSection    *self)
{
  g_auto(PfPlanInputs) inputs = { 0 };
  GtkWidget *toggles = gtk_widget_get_parent (GTK_WIDGET (toggle));
  double metres = *(double *) g_object_get_data (G_OBJECT (toggles), "pf-aid-m");
  PfOffers offers = 0;

  if (!pf_editor_section_edit_begin (PF_EDITOR_SECTION (self), &inputs))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (toggles); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child)))
      offers |= GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "pf-offer"));
  set_offers (inputs.fuel.aid_offers, metres, offers);
  pf_editor_section_edit_commit (PF_EDITOR_SECTION (self), &inputs, toggles);
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
list_stations (PfAidSection       *self,
               const PfPlanInputs *inputs)
{
  PfPlan *plan = pf_document_widget_get_plan (PF_DOCUMENT_WIDGET (self));
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
remove_button_new (PfAidSection  *self,
                   const Station *station)
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
  return button;
}

static GtkWidget *
station_row_new (PfAidSection  *self,
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
    gtk_box_append (GTK_BOX (heading), remove_button_new (self, station));
  else
    /* The same right edge as the rows with a remove button. */
    gtk_widget_set_margin_end (where, 4);

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

/* Rebuilds the rows when the stations (or the units they are shown in) changed, or @force. */
static void
sync_rows (PfAidSection       *self,
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

  if (!force && g_strcmp0 (key->str, self->aid_key) == 0)
    return;

  for (guint i = 0; i < self->aid_rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->aid_rows, i));
  g_ptr_array_set_size (self->aid_rows, 0);
  for (guint i = 0; i < stations->len; i++)
    {
      GtkWidget *row = station_row_new (self, &g_array_index (stations, Station, i));

      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->aid_rows, row);
    }
  g_free (self->aid_key);
  self->aid_key = g_string_free (g_steal_pointer (&key), FALSE);
}

static void
pf_aid_section_sync (PfEditorSection    *section,
                     const PfPlanInputs *inputs,
                     gboolean            force)
{
  PfAidSection *self = PF_AID_SECTION (section);

  gtk_label_set_text (self->aid_unit, pf_units_distance_symbol (units_of (self)));
  sync_rows (self, inputs, force);
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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-aid-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, group);
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, aid_spin);
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, aid_unit);
  gtk_widget_class_bind_template_child (widget_class, PfAidSection, aid_add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_aid_add_clicked_cb);
}

static void
pf_aid_section_init (PfAidSection *self)
{
  self->aid_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The toggle for @offer on the row of the station at @distance_m (within 1 m). */
GtkToggleButton *
_pf_aid_section_get_offer_toggle (PfAidSection *self,
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
