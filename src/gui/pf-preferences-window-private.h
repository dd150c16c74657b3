/* pf-preferences-window-private.h — what the UI tests reach inside Preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-preferences-window.h"

G_BEGIN_DECLS

AdwComboRow   *_pf_preferences_window_get_units_row       (PfPreferencesWindow *self);
AdwComboRow   *_pf_preferences_window_get_paper_row       (PfPreferencesWindow *self);
AdwComboRow   *_pf_preferences_window_get_grade_model_row (PfPreferencesWindow *self);
AdwComboRow   *_pf_preferences_window_get_heat_model_row  (PfPreferencesWindow *self);
GtkSpinButton *_pf_preferences_window_get_ceiling_spin    (PfPreferencesWindow *self);
GtkSwitch     *_pf_preferences_window_get_forecast_switch (PfPreferencesWindow *self);

G_END_DECLS
