/* pf-aid-row.c — one aid station on the Course page: its name, where it is, what it offers
 *
 * The header says which station and where; expanded, the runner renames it, moves it (a
 * distance typed in their units, or with its own: "12.5", "8 mi"), says what it offers and
 * takes it out of the plan — or puts back one of the course's that they took out. The row
 * only reports what the runner asked for, through its signals: the Aid Stations section
 * (pf-aid-section.c) makes the edit, and rebuilds the rows when the stations change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-aid-row"

#include "config.h"

#include "pf-aid-row.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pf-field.h"

struct _PfAidRow
{
  AdwExpanderRow  parent_instance;

  GtkLabel       *distance_label;
  AdwEntryRow    *name_row;
  AdwEntryRow    *distance_row;
  AdwPreferencesRow *offers_row;
  GtkBox         *offers_box;
  AdwActionRow   *remove_row;
  GtkImage       *remove_icon;

  double          distance_m;
  PfUnitSystem    units;
  gboolean        from_course;
  gboolean        removed;
  char           *name;        /* as the plan has it: the runner's, else the file's; "" none */
  gboolean        syncing;     /* toggles set from the plan, not clicked */
};

G_DEFINE_FINAL_TYPE (PfAidRow, pf_aid_row, ADW_TYPE_EXPANDER_ROW)

enum
{
  OFFERS_CHANGED,
  RENAMED,
  MOVED,
  REMOVED,
  RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The toggles of a station's offers, in this order. */
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
on_name_apply_cb (PfAidRow *self)
{
  g_signal_emit (self, signals[RENAMED], 0, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
}

/* A distance as the runner types it: a bare number is in their units ("12.5" or "12,5" is
 * 12.5 mi in imperial), one with its unit is read as pf_distance_parse reads it ("20 km",
 * "8 mi"). */
static gboolean
parse_distance (PfAidRow   *self,
                const char *text,
                double     *metres)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  char *comma = strchr (trimmed, ',');
  char *end = NULL;
  double value;

  /* "12,5" where a comma is the decimal sign: one comma and no point is one, since no station
   * lies a thousand kilometres out. */
  if (comma != NULL && strchr (comma + 1, ',') == NULL && strchr (trimmed, '.') == NULL)
    *comma = '.';
  value = g_ascii_strtod (trimmed, &end);

  if (end != trimmed && *end == '\0' && value >= 0.0
      && pf_distance_parse (trimmed, metres))  /* only plain digits, as everywhere */
    {
      *metres = value * pf_units_distance_unit_m (self->units);
      return TRUE;
    }
  return pf_distance_parse (trimmed, metres);
}

static void
on_distance_apply_cb (PfAidRow *self)
{
  double metres;

  if (!parse_distance (self, gtk_editable_get_text (GTK_EDITABLE (self->distance_row)), &metres))
    {
      /* Translators: %s is a distance unit symbol, "km" or "mi" */
      g_autofree char *message = g_strdup_printf (_("Type a distance from the start, such as "
                                                    "12.5 (%s)"),
                                                  pf_units_distance_symbol (self->units));

      pf_aid_row_set_distance_error (self, message);
      return;
    }
  pf_aid_row_set_distance_error (self, NULL);
  g_signal_emit (self, signals[MOVED], 0, metres);
}

static void
on_offer_toggled_cb (PfAidRow *self)
{
  PfOffers offers = 0;

  if (self->syncing)
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->offers_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child)))
      offers |= GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "pf-offer"));
  g_signal_emit (self, signals[OFFERS_CHANGED], 0, (guint) offers);
}

static void
on_remove_activated_cb (PfAidRow *self)
{
  g_signal_emit (self, signals[self->removed ? RESTORED : REMOVED], 0);
}

/* "5.0 km · Water, Sports Drink", or that it is out of the plan. */
static void
update_subtitle (PfAidRow *self,
                 PfOffers  offers)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);

  if (offers == 0)
    g_string_append (subtitle, self->from_course ? _("Taken out of the plan")
                                                 : _("Offers nothing: not used"));
  for (guint i = 0; i < G_N_ELEMENTS (offer_toggles); i++)
    if (offers & offer_toggles[i].offer)
      {
        if (subtitle->len > 0)
          g_string_append (subtitle, ", ");
        g_string_append (subtitle, _(offer_toggles[i].label));
      }
  if (!self->from_course)
    {
      /* Translators: appended to what an aid station offers: the runner added it */
      g_string_append (subtitle, _(" · added by you"));
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle->str);
}

void
pf_aid_row_set_offers (PfAidRow *self,
                       PfOffers  offers)
{
  g_return_if_fail (PF_IS_AID_ROW (self));

  self->syncing = TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->offers_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      guint offer = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "pf-offer"));

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), (offers & offer) != 0);
    }
  self->syncing = FALSE;
  update_subtitle (self, offers);
}

void
pf_aid_row_set_distance_error (PfAidRow   *self,
                               const char *message)
{
  g_return_if_fail (PF_IS_AID_ROW (self));

  pf_field_set_error (GTK_WIDGET (self->distance_row), message);
}

static void
pf_aid_row_finalize (GObject *object)
{
  PfAidRow *self = PF_AID_ROW (object);

  g_free (self->name);

  G_OBJECT_CLASS (pf_aid_row_parent_class)->finalize (object);
}

static void
pf_aid_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PF_TYPE_AID_ROW);

  G_OBJECT_CLASS (pf_aid_row_parent_class)->dispose (object);
}

static void
pf_aid_row_class_init (PfAidRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pf_aid_row_dispose;
  object_class->finalize = pf_aid_row_finalize;

  /* What the runner asked of this station; the section makes the edit. */
  signals[OFFERS_CHANGED] = g_signal_new ("offers-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[RENAMED] = g_signal_new ("renamed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[MOVED] = g_signal_new ("moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_DOUBLE);
  signals[REMOVED] = g_signal_new ("removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[RESTORED] = g_signal_new ("restored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pf-aid-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PfAidRow, distance_label);
  gtk_widget_class_bind_template_child (widget_class, PfAidRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, PfAidRow, distance_row);
  gtk_widget_class_bind_template_child (widget_class, PfAidRow, offers_row);
  gtk_widget_class_bind_template_child (widget_class, PfAidRow, offers_box);
  gtk_widget_class_bind_template_child (widget_class, PfAidRow, remove_row);
  gtk_widget_class_bind_template_child (widget_class, PfAidRow, remove_icon);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_distance_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_activated_cb);
}

static void
pf_aid_row_init (PfAidRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (offer_toggles); i++)
    {
      GtkWidget *toggle = gtk_toggle_button_new_with_label (_(offer_toggles[i].label));

      g_object_set_data (G_OBJECT (toggle), "pf-offer", GUINT_TO_POINTER (offer_toggles[i].offer));
      gtk_widget_set_hexpand (toggle, TRUE);
      g_signal_connect_object (toggle, "toggled", G_CALLBACK (on_offer_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (self->offers_box, toggle);
    }
}

/* libadwaita 1.2 leaves an entry row's text without a name for screen readers: its title. */
static void
name_entry_text (AdwEntryRow *row)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));

  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
}

/* The row of @station (pf_aid_stations_list, with the removed ones), in @units. */
GtkWidget *
pf_aid_row_new (const PfAidStation *station,
                PfUnitSystem        units)
{
  PfAidRow *self = g_object_new (PF_TYPE_AID_ROW, NULL);
  /* To a tenth, as a race's list gives them. */
  g_autofree char *distance = pf_format_quantity (units, PF_QUANTITY_DISTANCE,
                                                  station->distance_m, 1);
  char at[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *where = NULL;
  const char *name = station->name[0] != '\0' ? station->name : _("Aid Station");

  self->distance_m = station->distance_m;
  self->units = units;
  self->from_course = station->from_course;
  self->removed = station->offers == 0;
  self->name = g_strdup (station->name);

  /* A station's name is text, "Food & Water" included, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  gtk_label_set_text (self->distance_label, distance);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), station->name);
  /* Two decimals, trailing zeros dropped: "5", "12.5", "26.22" — with a point whatever the
   * locale, as the field reads it back. */
  g_ascii_formatd (at, sizeof at, "%.2f", pf_units_distance_value (units, station->distance_m));
  while (strchr (at, '.') != NULL && (at[strlen (at) - 1] == '0' || at[strlen (at) - 1] == '.'))
    at[strlen (at) - 1] = '\0';
  gtk_editable_set_text (GTK_EDITABLE (self->distance_row), at);
  /* Translators: the title of the field that moves an aid station; %s is "km" or "mi" */
  where = g_strdup_printf (_("Distance From the Start (%s)"), pf_units_distance_symbol (units));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->distance_row), where);
  name_entry_text (self->name_row);
  name_entry_text (self->distance_row);

  if (self->removed && self->from_course)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->remove_row),
                                     _("Put Back in the Plan"));
      gtk_image_set_from_icon_name (self->remove_icon, "edit-undo-symbolic");
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->remove_row),
                                     self->from_course ? _("Take Out of the Plan")
                                                       : _("Remove Station"));
      gtk_image_set_from_icon_name (self->remove_icon, "user-trash-symbolic");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->offers_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Offers"), -1);
  pf_aid_row_set_offers (self, station->offers);
  return GTK_WIDGET (self);
}

double
pf_aid_row_get_distance (PfAidRow *self)
{
  g_return_val_if_fail (PF_IS_AID_ROW (self), 0.0);

  return self->distance_m;
}

/* Its name as the plan has it (the runner's, else the file's), "" for none. */
const char *
pf_aid_row_get_name (PfAidRow *self)
{
  g_return_val_if_fail (PF_IS_AID_ROW (self), "");

  return self->name;
}

gboolean
pf_aid_row_get_from_course (PfAidRow *self)
{
  g_return_val_if_fail (PF_IS_AID_ROW (self), FALSE);

  return self->from_course;
}

GtkToggleButton *
pf_aid_row_get_offer_toggle (PfAidRow *self,
                             PfOffers  offer)
{
  g_return_val_if_fail (PF_IS_AID_ROW (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->offers_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "pf-offer")) == offer)
      return GTK_TOGGLE_BUTTON (child);

  return NULL;
}
