/* pf-test-forecast.h — a stand-in for Open-Meteo on 127.0.0.1, for tests and pictures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

SoupServer *pf_test_server_new               (SoupServerCallback  callback,
                                              gpointer            user_data,
                                              char              **base_url);
void        pf_test_serve_recorded_forecast  (SoupServerMessage  *message,
                                              GHashTable         *query);

G_END_DECLS
