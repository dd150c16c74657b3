/* pf-test-forecast.c — a stand-in for Open-Meteo on 127.0.0.1, for tests and pictures
 *
 * What asks for a forecast in a test asks this process, never the network: the client, the
 * window and pacefuel-cli all take the service's address (a setting, PACEFUEL_FORECAST_URL,
 * --forecast-url), and the answer is the recorded one of tests/data/forecast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-test-forecast"

#include "config.h"

#include "pf-test-forecast.h"
#include "pf-test-util.h"

/* A server of this process on 127.0.0.1, any free port, @callback answering every path; its
 * address, "http://127.0.0.1:PORT" (no path), in @base_url. Fails the test when it cannot
 * listen. */
SoupServer *
pf_test_server_new (SoupServerCallback   callback,
                    gpointer             user_data,
                    char               **base_url)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  GSList *uris;

  soup_server_add_handler (server, NULL, callback, user_data, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  g_assert_nonnull (uris);
  *base_url = g_strdup_printf ("http://127.0.0.1:%u", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  return g_steal_pointer (&server);
}

/* Answers a forecast request with the recorded answer moved to the start_date asked for (see
 * pf_test_recorded_forecast()), or 404 when the request names no date. */
void
pf_test_serve_recorded_forecast (SoupServerMessage *message,
                                 GHashTable        *query)
{
  const char *start = query != NULL ? g_hash_table_lookup (query, "start_date") : NULL;
  g_autoptr(GBytes) body = NULL;

  if (start == NULL || (body = pf_test_recorded_forecast (start)) == NULL)
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY,
                                    g_bytes_get_data (body, NULL), g_bytes_get_size (body));
}
