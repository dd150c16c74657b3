/* pf-application.c — the application: settings, windows, app-wide actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-application"

#include "config.h"

#include "pf-application.h"

#include <glib/gi18n.h>

#include "pf-preferences-window.h"
#include "pf-products-catalog.h"
#include "pf-window.h"

/* The schema id stays the same in development builds, whose app id ends in .Devel. */
#define SETTINGS_SCHEMA_ID "io.github.pacefuel.Pacefuel"

struct _PfApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  PfProductsCatalog *catalog;   /* the runner's own products, shared by all windows */
  PfProfileStore *profile;      /* the runner's own hills, heat and fade, shared too */
  GtkWidget      *preferences;  /* weak: one Preferences window at a time */
};

G_DEFINE_FINAL_TYPE (PfApplication, pf_application, ADW_TYPE_APPLICATION)

/* One autosave for the application: the plan changed last is the one worth restoring. */
static GFile *
autosave_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_state_dir (), "pacefuel",
                                            "autosave.pacefuel", NULL);

  return g_file_new_for_path (path);
}

static PfWindow *
pf_application_new_window (PfApplication *self)
{
  PfWindow *window = pf_window_new (GTK_APPLICATION (self), self->settings);
  g_autoptr(GFile) file = autosave_file ();

  pf_window_set_autosave_file (window, file);
  pf_window_set_catalog (window, self->catalog);
  pf_window_set_profile_store (window, self->profile);
  return window;
}

/* A window still showing the untouched sample is reused for the first file opened. */
static PfWindow *
find_sample_window (PfApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  PfDocument *document = PF_IS_WINDOW (window) ? pf_window_get_document (PF_WINDOW (window))
                                                : NULL;

  if (document != NULL && pf_document_get_file (document) == NULL
      && pf_document_get_plan_file (document) == NULL && !pf_document_get_dirty (document))
    return PF_WINDOW (window);

  return NULL;
}

static void
pf_application_activate (GApplication *application)
{
  PfApplication *self = PF_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      PfWindow *new_window = pf_application_new_window (self);

      pf_window_open_sample (new_window);
      pf_window_offer_restore (new_window);
      window = GTK_WINDOW (new_window);
    }

  gtk_window_present (window);
}

static void
pf_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  PfApplication *self = PF_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      PfWindow *window = i == 0 ? find_sample_window (self) : NULL;

      if (window == NULL)
        window = pf_application_new_window (self);
      pf_window_open (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (application));

  /* Closing each window lets it save its size; quitting outright would skip that. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
new_window_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  PfApplication *self = PF_APPLICATION (user_data);
  PfWindow *window = pf_application_new_window (self);

  pf_window_open_sample (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  const char *developers[] = { "The Pacefuel developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (application),
                        "modal", TRUE,
                        "application-icon", APP_ID,
                        "application-name", _("Pacefuel"),
                        "developer-name", _("The Pacefuel developers"),
                        "version", PACKAGE_VERSION,
                        "website", PACKAGE_WEBSITE,
                        "issue-url", PACKAGE_WEBSITE "/issues",
                        "developers", developers,
                        "copyright", "© 2025 The Pacefuel developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: replace with your name and email, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), _("Sample Course"),
                                       (const char *[]) {
                                         _("Twin Cities Marathon 2014 recording by Chris Joakim "
                                           "(MIT license) https://github.com/cjoakim/ggps-py"),
                                         NULL,
                                       });
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Sample Course"),
                                      "© 2014 Chris Joakim", GTK_LICENSE_MIT_X11, NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* One Preferences window for the application: its settings are every window's. */
static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PfApplication *self = PF_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->preferences == NULL)
    {
      self->preferences = pf_preferences_window_new (parent, self->settings);
      g_object_add_weak_pointer (G_OBJECT (self->preferences), (gpointer *)&self->preferences);
    }
  else if (parent != NULL && parent != GTK_WINDOW (self->preferences))
    {
      gtk_window_set_transient_for (GTK_WINDOW (self->preferences), parent);
    }

  gtk_window_present (GTK_WINDOW (self->preferences));
}

/* A profile is learnt against the hill model new plans start from. */
static void
follow_grade_model (PfApplication *self)
{
  pf_profile_store_set_model (self->profile,
                              (PfGradeModel) g_settings_get_enum (self->settings,
                                                                  "default-grade-model"));
}

static void
pf_application_startup (GApplication *application)
{
  PfApplication *self = PF_APPLICATION (application);
  static const GActionEntry app_actions[] = {
    { "quit", quit_activated },
    { "about", about_activated },
    { "preferences", preferences_activated },
    { "new-window", new_window_activated },
  };
  g_autoptr(GAction) units_action = NULL;

  G_APPLICATION_CLASS (pf_application_parent_class)->startup (application);

  {
    g_autoptr(GFile) catalog_file = pf_products_catalog_default_file ();
    g_autoptr(GError) error = NULL;

    /* A catalog that can't be read is kept as it is; saving to it says why. */
    self->catalog = pf_products_catalog_new (catalog_file);
    if (!pf_products_catalog_load (self->catalog, &error))
      g_message ("%s", error->message);
  }
  {
    g_autoptr(GFile) profile_file = pf_profile_store_default_file ();
    g_autoptr(GError) error = NULL;

    /* A profile that can't be read is kept as it is; the Profile page says why. */
    self->profile = pf_profile_store_new (profile_file);
    if (!pf_profile_store_load (self->profile, &error))
      g_message ("%s", error->message);
    g_signal_connect_object (self->settings, "changed::default-grade-model",
                             G_CALLBACK (follow_grade_model), self, G_CONNECT_SWAPPED);
    follow_grade_model (self);
  }

  gtk_window_set_default_icon_name (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  units_action = g_settings_create_action (self->settings, "units");
  g_action_map_add_action (G_ACTION_MAP (self), units_action);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new-window",
                                         (const char *[]) { "<Control>n", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
}

static void
pf_application_dispose (GObject *object)
{
  PfApplication *self = (PfApplication *)object;

  if (self->preferences != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->preferences),
                                    (gpointer *)&self->preferences);
      self->preferences = NULL;
    }
  g_clear_object (&self->settings);
  g_clear_object (&self->catalog);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (pf_application_parent_class)->dispose (object);
}

static void
pf_application_class_init (PfApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = pf_application_dispose;

  application_class->startup = pf_application_startup;
  application_class->activate = pf_application_activate;
  application_class->open = pf_application_open;
}

static void
pf_application_init (PfApplication *self)
{
  self->settings = g_settings_new (SETTINGS_SCHEMA_ID);
}

PfApplication *
pf_application_new (const char        *application_id,
                    GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (PF_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags | G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

GSettings *
pf_application_get_settings (PfApplication *self)
{
  g_return_val_if_fail (PF_IS_APPLICATION (self), NULL);

  return self->settings;
}

/* The runner's own products kept across plans; NULL before startup. */
PfProductsCatalog *
pf_application_get_product_catalog (PfApplication *self)
{
  g_return_val_if_fail (PF_IS_APPLICATION (self), NULL);

  return self->catalog;
}

/* The runner's own profile kept across plans; NULL before startup. */
PfProfileStore *
pf_application_get_profile_store (PfApplication *self)
{
  g_return_val_if_fail (PF_IS_APPLICATION (self), NULL);

  return self->profile;
}
