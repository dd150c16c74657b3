/* SPDX-License-Identifier: GPL-3.0-or-later */

/* test-import-fit.c — FIT activities: two vendors' layouts, chained files, every error
 *
 * tests/data/fit/ holds our own files, written by tests/fit-decoder/make-activities.mjs with
 * Garmin's FIT SDK (see there for what each holds); the values checked here are the formulas
 * that script wrote. Damaged files are made here from them, byte by byte, so that each test
 * shows the damage it is about. One file is also decoded by the SDK itself (decode.mjs) when
 * node is here, as an independent reading.
 */
#define G_LOG_DOMAIN "test-import-fit"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "core/pacefuel-core.h"
#include "report/pf-fit-course.h"
#include "pf-test-util.h"

#define FIT_EPOCH 631065600
#define T0        1100000000
/* other-vendor.fit's first record: T0 + 1000, moved to 25 s past a multiple of 32 */
#define T1        (T0 + 1000 + 25 - ((T0 + 1000) % 32))

static gboolean decoder_missing;

/* ---- helpers ------------------------------------------------------------------------- */

static gint64
fit_us (gint64 fit_seconds)
{
  return (fit_seconds + FIT_EPOCH) * G_USEC_PER_SEC;
}

/* The importer rounds nothing: a semicircle is 8.4e-8°. */
#define assert_degrees(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), 1e-6)

static PfTrack *
import_fixture (const char  *name,
                GError     **error)
{
  g_autofree char *path = pf_test_data_path (name);

  return pf_import_path (path, error);
}

static GBytes *
fixture_bytes (const char *name)
{
  return pf_test_data_bytes (name);
}

static PfTrack *
import_bytes (const guint8 *data,
              gsize         length,
              GError      **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);

  return pf_import_bytes (bytes, "run.fit", error);
}

/* A whole FIT file around @body: a 14-byte header with its CRC, the body, the file's CRC. */
static GByteArray *
fit_wrap (const guint8 *body,
          gsize         length)
{
  GByteArray *out = g_byte_array_new ();
  guint8 header[14] = { 14, 0x20, 0x54, 0x08, length & 0xFF, (length >> 8) & 0xFF,
                        (length >> 16) & 0xFF, length >> 24, '.', 'F', 'I', 'T' };
  guint16 crc = pf_fit_crc (0, header, 12);
  guint8 tail[2];

  header[12] = crc & 0xFF;
  header[13] = crc >> 8;
  g_byte_array_append (out, header, sizeof header);
  g_byte_array_append (out, body, (guint) length);
  crc = pf_fit_crc (0, out->data, out->len);
  tail[0] = crc & 0xFF;
  tail[1] = crc >> 8;
  g_byte_array_append (out, tail, 2);
  return out;
}

static void
assert_fails (const guint8  *data,
              gsize          length,
              PfImportError  code,
              const char    *says)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) stream_error = NULL;
  g_autoptr(PfTrack) track = import_bytes (data, length, &error);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, (gssize) length,
                                                                        NULL);
  g_autoptr(PfTrack) streamed = pf_import_stream (stream, "run.fit", NULL, &stream_error);

  g_test_message ("%s", error != NULL ? error->message : "(read)");
  g_assert_null (track);
  g_assert_null (streamed);
  g_assert_error (error, PF_IMPORT_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, "run.fit: "));
  g_assert_nonnull (strstr (error->message, says));
  g_assert_cmpstr (stream_error->message, ==, error->message);
}

/* ---- two vendors' layouts ------------------------------------------------------------ */

static void
test_garmin_like (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_fixture ("fit/garmin-like.fit", &error);
  const PfTrackPoint *p;
  const PfTrackLap *lap;
  GPtrArray *notes;

  g_assert_no_error (error);
  g_assert_cmpint (pf_track_get_format (track), ==, PF_TRACK_FORMAT_FIT);
  g_assert_cmpstr (pf_track_format_name (PF_TRACK_FORMAT_FIT), ==, "fit");
  g_assert_cmpstr (pf_track_get_name (track), ==, "garmin-like");
  /* 121 records, the first before the GPS fix: 120 points in two laps of 60. */
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 120);
  g_assert_cmpuint (pf_track_get_n_parts (track), ==, 2);
  p = pf_track_get_points (track);
  for (guint k = 0; k < 120; k++)
    {
      guint i = k + 1;
      double altitude = i <= 60 ? 100 + 0.4 * i : 124 - 0.4 * (i - 60);

      g_assert_cmpint (p[k].time_us, ==, fit_us (T0 + 2 * i));
      assert_degrees (p[k].lat, 45 + 5e-5 * i);
      assert_degrees (p[k].lon, 7 + 3e-5 * i);
      g_assert_cmpfloat_with_epsilon (p[k].ele, altitude, 1e-9);
      g_assert_cmpfloat_with_epsilon (p[k].distance_m, 6.5 * i, 1e-9);
      g_assert_cmpfloat (p[k].temperature_c, ==, 18 + i / 40);
      g_assert_cmpuint (p[k].part, ==, i <= 60 ? 0 : 1);
      if (i == 50)
        g_assert_true (isnan (p[k].heart_rate));  /* 0xFF: no value */
      else
        g_assert_cmpfloat (p[k].heart_rate, ==, 120 + i % 30);
    }

  g_assert_cmpuint (pf_track_get_n_laps (track), ==, 2);
  lap = pf_track_get_lap (track, 0);
  g_assert_cmpint (lap->start_us, ==, fit_us (T0));
  g_assert_cmpint (lap->end_us, ==, fit_us (T0 + 120));
  g_assert_cmpfloat (lap->elapsed_s, ==, 120.0);
  g_assert_cmpfloat (lap->timer_s, ==, 118.5);
  g_assert_cmpfloat (lap->distance_m, ==, 390.0);
  lap = pf_track_get_lap (track, 1);
  g_assert_cmpint (lap->start_us, ==, fit_us (T0 + 120));
  g_assert_cmpfloat (lap->timer_s, ==, 120.0);
  g_assert_cmpuint (pf_track_get_n_sessions (track), ==, 1);
  lap = pf_track_get_session (track, 0);
  g_assert_cmpint (lap->start_us, ==, fit_us (T0));
  g_assert_cmpint (lap->end_us, ==, fit_us (T0 + 240));
  g_assert_cmpfloat (lap->elapsed_s, ==, 240.0);
  g_assert_cmpfloat (lap->timer_s, ==, 238.5);
  g_assert_cmpfloat (lap->distance_m, ==, 780.0);

  /* The record before the fix is said, not silently lost. */
  notes = pf_track_get_notes (track);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (notes, 0), "skipped 1 point without a position"));
}

static void
check_other_vendor (PfTrack *track)
{
  const PfTrackPoint *p = pf_track_get_points (track);
  const PfTrackLap *lap;

  g_assert_cmpint (pf_track_get_format (track), ==, PF_TRACK_FORMAT_FIT);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 100);
  g_assert_cmpuint (pf_track_get_n_parts (track), ==, 1);
  g_assert_cmpuint (pf_track_get_notes (track)->len, ==, 0);
  for (guint i = 0; i < 100; i++)
    {
      g_assert_cmpint (p[i].time_us, ==, fit_us (i < 80 ? T1 + i : T1 + 120 + i));
      assert_degrees (p[i].lat, -33.9 + 4e-5 * i);
      assert_degrees (p[i].lon, -70.6 - 2e-5 * i);
      g_assert_cmpfloat_with_epsilon (p[i].ele, 2400 + 0.2 * i, 1e-9);  /* enhanced only */
      g_assert_cmpfloat_with_epsilon (p[i].distance_m, 2.8 * i, 1e-9);
      g_assert_cmpfloat (p[i].heart_rate, ==, 140 + i % 20);
      g_assert_cmpfloat (p[i].temperature_c, ==, -3 + (int) (i % 7));
    }
  g_assert_cmpuint (pf_track_get_n_laps (track), ==, 1);
  g_assert_cmpuint (pf_track_get_n_sessions (track), ==, 1);
  lap = pf_track_get_session (track, 0);
  g_assert_cmpint (lap->start_us, ==, fit_us (T1));
  g_assert_cmpint (lap->end_us, ==, fit_us (T1 + 219));
  g_assert_cmpfloat (lap->elapsed_s, ==, 219.0);
  g_assert_cmpfloat (lap->timer_s, ==, 100.0);
  g_assert_cmpfloat_with_epsilon (lap->distance_m, 277.2, 1e-9);
}

/* Big-endian records in another order, a developer field, no header CRC, enhanced fields. */
static void
test_other_vendor (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_fixture ("fit/other-vendor.fit", &error);

  g_assert_no_error (error);
  check_other_vendor (track);
}

/* The same records with compressed timestamp headers: the same points, to the microsecond. */
static void
test_compressed_timestamps (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_fixture ("fit/other-vendor-compressed.fit", &error);

  g_assert_no_error (error);
  check_other_vendor (track);
}

/* FIT is told by its header, whatever the name says, read whole or streamed. */
static void
test_sniffed_and_streamed (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes ("fit/garmin-like.fit");
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) named_gpx = pf_import_bytes (bytes, "run.gpx", &error);
  g_autoptr(PfTrack) streamed = NULL;
  g_autoptr(PfTrack) from_file = import_fixture ("fit/garmin-like.fit", &error);

  g_assert_no_error (error);
  streamed = pf_import_stream (stream, "run.tcx", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pf_track_get_format (named_gpx), ==, PF_TRACK_FORMAT_FIT);
  g_assert_cmpuint (pf_track_get_n_points (named_gpx), ==, pf_track_get_n_points (from_file));
  g_assert_cmpuint (pf_track_get_n_points (streamed), ==, pf_track_get_n_points (from_file));
  g_assert_cmpmem (pf_track_get_points (streamed),
                   pf_track_get_n_points (streamed) * sizeof (PfTrackPoint),
                   pf_track_get_points (from_file),
                   pf_track_get_n_points (from_file) * sizeof (PfTrackPoint));
  g_assert_cmpfloat (pf_track_get_length (named_gpx), ==, pf_track_get_length (from_file));
}

/* Two FIT files one after the other read as one recording: both files' points and laps. */
static void
test_chained (void)
{
  g_autoptr(GBytes) first = fixture_bytes ("fit/garmin-like.fit");
  g_autoptr(GBytes) second = fixture_bytes ("fit/other-vendor-compressed.fit");
  g_autoptr(GByteArray) both = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;
  gsize n1, n2;
  const guint8 *d1 = g_bytes_get_data (first, &n1);
  const guint8 *d2 = g_bytes_get_data (second, &n2);

  g_byte_array_append (both, d1, (guint) n1);
  g_byte_array_append (both, d2, (guint) n2);
  track = import_bytes (both->data, both->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 220);
  g_assert_cmpuint (pf_track_get_n_laps (track), ==, 3);
  g_assert_cmpuint (pf_track_get_n_sessions (track), ==, 2);
  g_assert_cmpint (pf_track_get_points (track)[120].time_us, ==, fit_us (T1));

  /* What follows the first file must be another. */
  g_byte_array_set_size (both, (guint) n1);
  g_byte_array_append (both, (const guint8 *) "<gpx>\n</gpx>\n", 13);
  assert_fails (both->data, both->len, PF_IMPORT_ERROR_MALFORMED,
                "neither another FIT file nor its end");
}

/* A FIT run counts as training: best efforts and volume from its points. */
static void
test_training (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) runs = g_ptr_array_new_with_free_func ((GDestroyNotify) pf_track_unref);
  g_auto(PfTrainingSummary) summary = { 0 };

  g_ptr_array_add (runs, import_fixture ("fit/garmin-like.fit", &error));
  g_assert_no_error (error);
  g_ptr_array_add (runs, import_fixture ("fit/other-vendor.fit", &error));
  g_assert_no_error (error);
  g_assert_true (pf_training_summarise (runs, NAN, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n_runs, ==, 2);
  g_assert_cmpfloat (summary.longest_km, >, 0.5);
  g_assert_cmpfloat (summary.longest_km, <, 0.8);
}

/* Pacefuel's own FIT course, read back: its name, its line and its aid stations as course
 * points, each an aid station again, at the place the plan put it. */
static void
test_own_course (void)
{
  g_autoptr(PfTrack) source = import_fixture ("activity_607442311.gpx", NULL);
  g_autoptr(PfPlan) first = NULL;
  g_autoptr(PfPlan) plan = NULL;
  g_auto(PfPlanInputs) inputs = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PfTrack) track = NULL;
  const GArray *stations;

  pf_plan_inputs_init (&inputs);
  pf_plan_inputs_set_track (&inputs, source);
  inputs.goal_time_s = 4 * 3600;
  inputs.start_time = 1791100800;
  first = pf_plan_compute (&inputs, &error);
  g_assert_no_error (error);
  g_assert_true (pf_plan_inputs_add_aid_every (&inputs, pf_plan_get_course (first), 5000.0,
                                               NAN, NAN));
  pf_plan_inputs_set_aid (&inputs, 5000.0, PF_OFFERS_WATER, "Lake Harriet");
  plan = pf_plan_compute (&inputs, &error);
  g_assert_no_error (error);
  stations = pf_plan_get_aid_stations (plan);

  bytes = pf_fit_course_write (plan, "Twin Cities 2026");
  track = pf_import_bytes (bytes, "twin-cities.fit", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pf_track_get_name (track), ==, "Twin Cities 2026");
  g_assert_cmpfloat_with_epsilon (pf_track_get_length (track),
                                  pf_course_get_measured_distance (pf_plan_get_course (plan)),
                                  0.01 * pf_track_get_length (track));
  g_assert_cmpuint (pf_track_get_n_waypoints (track), ==, stations->len);
  for (guint i = 0; i < stations->len; i++)
    g_assert_cmpint (pf_track_get_waypoint (track, i)->kind, ==, PF_WAYPOINT_AID_STATION);
  g_assert_cmpstr (pf_track_get_waypoint (track, 0)->name, ==, "Lake Harriet");
  /* Timed for the virtual partner: the first point at the start, the last at the finish. */
  g_assert_cmpint (pf_track_get_points (track)[0].time_us,
                   ==, G_GINT64_CONSTANT (1791100800) * G_USEC_PER_SEC);
}

/* ---- real files (tests/data/SOURCES.md) ------------------------------------------------ */

#define SEMICIRCLES(s) ((s) * 180.0 / 2147483648.0)

/* A Garmin Fenix 5 run, against the records python-fitparse decoded from it (its
 * garmin-fenix-5-run-records.csv: rows 0, 9 and 20). */
static void
test_real_garmin_run (void)
{
  static const struct
  {
    guint index; gint64 unix_s; double hr, distance, lat, lon, altitude, temperature;
  } rows[] = {
    { 0, 1497191649, 61, 0.0, 456099128, -1463077077, 2.2, 25 },
    { 9, 1497191671, 80, 60.74, 456093205, -1463080896, 2.4, 24 },
    { 20, 1497191706, 112, 157.56, 456084072, -1463087093, 4.2, 24 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_fixture ("garmin-fenix-5-run.fit", &error);
  const PfTrackPoint *p;

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 21);
  p = pf_track_get_points (track);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const PfTrackPoint *q = &p[rows[i].index];

      g_assert_cmpint (q->time_us, ==, rows[i].unix_s * G_USEC_PER_SEC);
      g_assert_cmpfloat (q->heart_rate, ==, rows[i].hr);
      g_assert_cmpfloat_with_epsilon (q->distance_m, rows[i].distance, 1e-9);
      assert_degrees (q->lat, SEMICIRCLES (rows[i].lat));
      assert_degrees (q->lon, SEMICIRCLES (rows[i].lon));
      g_assert_cmpfloat_with_epsilon (q->ele, rows[i].altitude, 1e-9);
      g_assert_cmpfloat (q->temperature_c, ==, rows[i].temperature);
    }
  g_assert_cmpuint (pf_track_get_n_sessions (track), ==, 1);
  g_assert_cmpfloat_with_epsilon (pf_track_get_session (track, 0)->distance_m, 157.56, 1e-9);
}

/* A Wahoo ELEMNT BOLT: big-endian, developer data without an application id, altitude on
 * some records only; and chained files of a multisport activity (five sessions). */
static void
test_real_other_devices (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) wahoo =
    import_fixture ("elemnt-bolt-no-application-id-inside-developer-data-id.fit", &error);
  g_autoptr(PfTrack) chained = NULL;
  const PfTrackPoint *p;
  guint with_elevation = 0;
  double total = 0.0;

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (wahoo), ==, 131);
  p = pf_track_get_points (wahoo);
  for (guint i = 0; i < 131; i++)
    with_elevation += !isnan (p[i].ele);
  g_assert_cmpuint (with_elevation, ==, 131 - 75);
  g_assert_cmpfloat_with_epsilon (p[130].distance_m, 956.03, 1e-9);
  g_assert_cmpfloat_with_epsilon (pf_track_get_session (wahoo, 0)->timer_s, 132.0, 1e-9);

  chained = import_fixture ("sample_mulitple_header.fit", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (chained), ==, 1462);
  g_assert_cmpuint (pf_track_get_n_sessions (chained), ==, 5);
  g_assert_cmpuint (pf_track_get_n_laps (chained), ==, 5);
  for (guint i = 0; i < 5; i++)
    total += pf_track_get_session (chained, i)->distance_m;
  g_assert_cmpfloat_with_epsilon (total, 1644.71 + 141.70 + 40909.42 + 31.93 + 9805.92, 1e-6);
  g_assert_cmpfloat_with_epsilon (pf_track_get_points (chained)[1461].distance_m, 52533.68, 1e-9);
}

/* ---- damage ---------------------------------------------------------------------------- */

static void
test_cut_short (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes ("fit/garmin-like.fit");
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  /* In the header, in a definition, in a record, in the file's CRC. */
  const gsize cuts[] = { 13, 20, 100, length / 2, length - 3, length - 1 };
  /* The headers the importer named "a FIT file" before it read them, now read. */
  static const guint8 header_only[] = "\x0e\x10\x6c\x08\x2a\x01\x00\x00.FIT\x00\x00\x40\x00";

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    assert_fails (data, cuts[i], PF_IMPORT_ERROR_MALFORMED, "cut short");
  assert_fails (header_only, sizeof header_only - 1, PF_IMPORT_ERROR_MALFORMED, "cut short");
}

static void
test_bad_checksums (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes ("fit/garmin-like.fit");
  gsize length = g_bytes_get_size (bytes);
  g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (bytes, NULL), length);

  /* The file's CRC, then one bit of the last message's last value. (A damaged message
   * header is met before the CRC, and said as what it is: see test_bad_messages.) */
  data[length - 1] ^= 0x01;
  assert_fails (data, length, PF_IMPORT_ERROR_MALFORMED, "checksum does not match its data");
  data[length - 1] ^= 0x01;
  data[length - 3] ^= 0x10;
  assert_fails (data, length, PF_IMPORT_ERROR_MALFORMED, "checksum does not match its data");
  data[length - 3] ^= 0x10;

  /* The header's own CRC. */
  data[12] ^= 0xFF;
  assert_fails (data, length, PF_IMPORT_ERROR_MALFORMED, "header's checksum");
}

static void
test_bad_headers (void)
{
  g_autoptr(GBytes) bytes = fixture_bytes ("fit/other-vendor.fit");  /* header without CRC */
  gsize length = g_bytes_get_size (bytes);
  g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (bytes, NULL), length);
  guint8 saved[4];

  memcpy (saved, data + 4, 4);
  memset (data + 4, 0, 4);
  assert_fails (data, length, PF_IMPORT_ERROR_MALFORMED, "no data size");
  /* Absurd: refused on the header's word, before a byte of data is read. */
  memset (data + 4, 0xFF, 4);
  assert_fails (data, length, PF_IMPORT_ERROR_TOO_LARGE, "more than 256 MB of data");
  /* One byte more than the file holds: its CRC read as a message, which it is not. */
  data[4] = saved[0] + 1;
  memcpy (data + 5, saved + 1, 3);
  assert_fails (data, length, PF_IMPORT_ERROR_MALFORMED, "the file is damaged");
  /* Less than the file holds: the rest is not another file. */
  memcpy (data + 4, saved, 4);
  data[4] -= 4;
  assert_fails (data, length, PF_IMPORT_ERROR_MALFORMED, "the file is damaged");
}

static void
test_bad_messages (void)
{
  /* file_id only: a FIT file, but nothing to run. */
  static const guint8 file_id_only[] = {
    0x40, 0, 0, 0, 0, 1, 0, 1, 0x00,  0x00, 4,
  };
  /* A data message before any definition. */
  static const guint8 undefined[] = { 0x05, 1, 2, 3 };
  /* A byte order that is neither. */
  static const guint8 bad_arch[] = { 0x40, 0, 7, 20, 0, 0 };
  /* A compressed time before any timestamp. */
  static const guint8 no_base[] = {
    0x41, 0, 0, 20, 0, 1, 3, 1, 0x02,  0xA3, 150,
  };
  /* A definition whose messages are longer than the data left. */
  static const guint8 too_long[] = {
    0x40, 0, 0, 20, 0, 2, 0, 255, 0x0D, 1, 255, 0x0D,  0x00, 1, 2, 3,
  };
  /* Developer fields: a message of 3 + 255 bytes announced, 3 given. */
  static const guint8 dev_too_long[] = {
    0x60, 0, 0, 20, 0, 1, 3, 1, 0x02, 1, 0, 255, 0,  0x00, 150, 1, 2,
  };
  static const struct { const guint8 *body; gsize length; PfImportError code; const char *says; }
  cases[] = {
    { file_id_only, sizeof file_id_only, PF_IMPORT_ERROR_TOO_FEW_POINTS,
      "no record with a position" },
    { undefined, sizeof undefined, PF_IMPORT_ERROR_MALFORMED, "which no definition precedes" },
    { bad_arch, sizeof bad_arch, PF_IMPORT_ERROR_MALFORMED, "neither little- nor big-endian" },
    { no_base, sizeof no_base, PF_IMPORT_ERROR_MALFORMED, "timestamp that no message gave" },
    { too_long, sizeof too_long, PF_IMPORT_ERROR_MALFORMED, "runs past the end of the FIT data" },
    { dev_too_long, sizeof dev_too_long, PF_IMPORT_ERROR_MALFORMED, "runs past the end" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GByteArray) file = fit_wrap (cases[i].body, cases[i].length);

      assert_fails (file->data, file->len, cases[i].code, cases[i].says);
    }
}

/* Many chained files, each a header and nothing else: refused at the limit, not read forever. */
static void
test_too_many_files (void)
{
  g_autoptr(GByteArray) all = g_byte_array_new ();
  static const guint8 one_message[] = { 0x40, 0, 0, 0, 0, 0 };

  for (guint i = 0; i <= PF_IMPORT_FIT_MAX_FILES; i++)
    {
      g_autoptr(GByteArray) file = fit_wrap (one_message, sizeof one_message);

      g_byte_array_append (all, file->data, file->len);
    }
  assert_fails (all->data, all->len, PF_IMPORT_ERROR_TOO_LARGE, "chained FIT files");
}

/* A lap each second for three hours, and more: refused at the limit. */
static void
test_too_many_laps (void)
{
  g_autoptr(GByteArray) body = g_byte_array_new ();
  g_autoptr(GByteArray) file = NULL;
  static const guint8 lap_definition[] = { 0x40, 0, 0, 19, 0, 1, 9, 4, 0x86 };

  g_byte_array_append (body, lap_definition, sizeof lap_definition);
  for (guint i = 0; i <= PF_IMPORT_FIT_MAX_LAPS; i++)
    {
      const guint8 lap[] = { 0x00, 100, 0, 0, 0 };  /* total_distance 1 m */

      g_byte_array_append (body, lap, sizeof lap);
    }
  file = fit_wrap (body->data, body->len);
  assert_fails (file->data, file->len, PF_IMPORT_ERROR_TOO_LARGE, "laps or sessions");
}

/* ---- Garmin's own decoder -------------------------------------------------------------- */

static gboolean
have_decoder (void)
{
  g_autofree char *sdk = g_build_filename (g_getenv ("PF_FIT_DECODER"), "node_modules",
                                           "@garmin", "fitsdk", "package.json", NULL);
  g_autofree char *node = g_find_program_in_path ("node");

  return g_getenv ("PF_FIT_DECODER") != NULL && node != NULL
         && g_file_test (sdk, G_FILE_TEST_EXISTS);
}

/* The SDK's reading of garmin-like.fit and ours agree record by record. */
static void
test_sdk_agrees (void)
{
  g_autofree char *script = NULL;
  g_autofree char *path = pf_test_data_path ("fit/garmin-like.fit");
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) decoded = NULL;
  g_autoptr(PfTrack) track = NULL;
  const PfTrackPoint *p;
  JsonObject *messages;
  JsonArray *records;
  guint k = 0;
  int status;

  if (decoder_missing)
    {
      g_test_skip ("node or @garmin/fitsdk missing (build-aux/dev installs it)");
      return;
    }
  script = g_build_filename (g_getenv ("PF_FIT_DECODER"), "decode.mjs", NULL);
  {
    const char *argv[] = { "node", script, path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 &out, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, &error));
  }
  decoded = json_from_string (out, &error);
  g_assert_no_error (error);
  g_assert_true (json_object_get_boolean_member (json_node_get_object (decoded), "integrity"));
  messages = json_object_get_object_member (json_node_get_object (decoded), "messages");
  records = json_object_get_array_member (messages, "recordMesgs");

  track = pf_import_path (path, &error);
  g_assert_no_error (error);
  p = pf_track_get_points (track);
  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *r = json_array_get_object_element (records, i);

      if (!json_object_has_member (r, "positionLat"))
        continue;
      g_assert_cmpuint (k, <, pf_track_get_n_points (track));
      g_assert_cmpint (p[k].time_us,
                       ==, fit_us (json_object_get_int_member (r, "timestamp")));
      assert_degrees (p[k].lat, SEMICIRCLES (json_object_get_int_member (r, "positionLat")));
      assert_degrees (p[k].lon, SEMICIRCLES (json_object_get_int_member (r, "positionLong")));
      g_assert_cmpfloat_with_epsilon (p[k].ele,
                                      json_object_get_double_member (r, "enhancedAltitude"), 1e-9);
      g_assert_cmpfloat_with_epsilon (p[k].distance_m,
                                      json_object_get_double_member (r, "distance"), 1e-9);
      if (json_object_has_member (r, "heartRate"))
        g_assert_cmpfloat (p[k].heart_rate, ==, json_object_get_int_member (r, "heartRate"));
      else
        g_assert_true (isnan (p[k].heart_rate));
      k++;
    }
  g_assert_cmpuint (k, ==, pf_track_get_n_points (track));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  decoder_missing = !have_decoder ();

  g_test_add_func ("/import-fit/garmin-like", test_garmin_like);
  g_test_add_func ("/import-fit/other-vendor", test_other_vendor);
  g_test_add_func ("/import-fit/compressed-timestamps", test_compressed_timestamps);
  g_test_add_func ("/import-fit/sniffed-and-streamed", test_sniffed_and_streamed);
  g_test_add_func ("/import-fit/chained", test_chained);
  g_test_add_func ("/import-fit/training", test_training);
  g_test_add_func ("/import-fit/own-course", test_own_course);
  g_test_add_func ("/import-fit/real/garmin-run", test_real_garmin_run);
  g_test_add_func ("/import-fit/real/other-devices", test_real_other_devices);
  g_test_add_func ("/import-fit/cut-short", test_cut_short);
  g_test_add_func ("/import-fit/bad-checksums", test_bad_checksums);
  g_test_add_func ("/import-fit/bad-headers", test_bad_headers);
  g_test_add_func ("/import-fit/bad-messages", test_bad_messages);
  g_test_add_func ("/import-fit/too-many-files", test_too_many_files);
  g_test_add_func ("/import-fit/too-many-laps", test_too_many_laps);
  g_test_add_func ("/import-fit/sdk-agrees", test_sdk_agrees);

  status = g_test_run ();
  return status;
}
