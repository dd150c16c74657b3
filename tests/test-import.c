/* SPDX-License-Identifier: GPL-3.0-or-later */

/* test-import.c — GPX and TCX import: every construct, every repair note, every error
 *
 * Real files come from $PF_TEST_DATA (licensed copies, see data/SOURCES.md); the rest are
 * written here as strings so that each test shows exactly the input it is about.
 */
#define G_LOG_DOMAIN "test-import"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/pf-import.h"
#include "pf-test-util.h"

#define GPX11_NS "http://www.topografix.com/GPX/1/1"
#define GPX10_NS "http://www.topografix.com/GPX/1/0"
#define TCX_NS   "http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"

#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
#define GPX11_OPEN XML_DECL "<gpx version=\"1.1\" creator=\"test\" xmlns=\"" GPX11_NS "\">\n"
#define TWO_TRKPTS \
  "<trk><trkseg>\n" \
  "<trkpt lat=\"45.0\" lon=\"7.0\"><ele>100</ele></trkpt>\n" \
  "<trkpt lat=\"45.001\" lon=\"7.0\"><ele>101</ele></trkpt>\n" \
  "</trkseg></trk>\n"

/* ---- helpers ------------------------------------------------------------------------- */

static PfTrack *
import_data (const char  *name,
             GError     **error)
{
  g_autofree char *path = pf_test_data_path (name);

  return pf_import_path (path, error);
}

static PfTrack *
import_string_len (const char  *text,
                   gsize        len,
                   const char  *display_name,
                   GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len);

  return pf_import_bytes (bytes, display_name, error);
}

static PfTrack *
import_string (const char  *text,
               const char  *display_name,
               GError     **error)
{
  return import_string_len (text, strlen (text), display_name, error);
}

/* The first note containing every needle, or NULL. */
static const char *
find_note (const PfTrack *track,
           const char    *needle,
           const char    *needle2)
{
  GPtrArray *notes = pf_track_get_notes (track);

  for (guint i = 0; i < notes->len; i++)
    {
      const char *note = g_ptr_array_index (notes, i);

      if (strstr (note, needle) != NULL && (needle2 == NULL || strstr (note, needle2) != NULL))
        return note;
    }

  return NULL;
}

static void
assert_note (const PfTrack *track,
             const char    *needle,
             const char    *needle2)
{
  if (find_note (track, needle, needle2) == NULL)
    {
      GPtrArray *notes = pf_track_get_notes (track);

      for (guint i = 0; i < notes->len; i++)
        g_test_message ("note: %s", (const char *) g_ptr_array_index (notes, i));
      g_test_message ("no note contains “%s”%s%s", needle,
                      needle2 != NULL ? " and " : "", needle2 != NULL ? needle2 : "");
      g_test_fail ();
    }
}

/* A GPX 1.1 file of @n points on a north-south line, one <trkpt> per line of text, starting
 * on line 4. */
static GString *
gpx_line_of_points (guint n)
{
  GString *s = g_string_new (GPX11_OPEN "<trk><trkseg>\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "<trkpt lat=\"%.4f\" lon=\"7.0\"><ele>%u</ele></trkpt>\n",
                            45.0 + i * 0.0001, 100 + i % 7);
  g_string_append (s, "</trkseg></trk>\n</gpx>\n");
  return s;
}

/* ---- GPX constructs ------------------------------------------------------------------ */

static void
test_gpx_track_segments (void)
{
  static const char text[] =
    GPX11_OPEN
    "<trk><name>Loop</name>\n"
    "<trkseg>\n"
    "<trkpt lat=\"45.000\" lon=\"7.0\"/>\n"
    "<trkpt lat=\"45.001\" lon=\"7.0\"/>\n"
    "</trkseg>\n"
    "<trkseg/>\n"
    "<trkseg>\n"
    "<trkpt lat=\"45.002\" lon=\"7.0\"/>\n"
    "</trkseg>\n"
    "</trk>\n"
    "<trk><name>Second</name><trkseg>\n"
    "<trkpt lat=\"45.003\" lon=\"7.0\"/>\n"
    "<trkpt lat=\"45.004\" lon=\"7.0\"/>\n"
    "</trkseg></trk>\n"
    "</gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "segments.gpx", &error);
  const PfTrackPoint *points;

  g_assert_no_error (error);
  g_assert_nonnull (track);
  g_assert_cmpint (pf_track_get_format (track), ==, PF_TRACK_FORMAT_GPX);
  g_assert_cmpint (pf_track_get_source (track), ==, PF_TRACK_SOURCE_TRACK);
  /* Every segment of every track, joined in file order; the empty segment is no part. */
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 5);
  g_assert_cmpuint (pf_track_get_n_parts (track), ==, 3);
  points = pf_track_get_points (track);
  for (guint i = 0; i < 5; i++)
    {
      g_assert_cmpfloat_with_epsilon (points[i].lat, 45.0 + i * 0.001, 1e-9);
      g_assert_cmpfloat_with_epsilon (points[i].lon, 7.0, 1e-9);
      g_assert_true (isnan (points[i].ele));
      g_assert_cmpint (points[i].time_us, ==, PF_TRACK_NO_TIME);
    }
  g_assert_cmpuint (points[0].part, ==, 0);
  g_assert_cmpuint (points[1].part, ==, 0);
  g_assert_cmpuint (points[2].part, ==, 1);
  g_assert_cmpuint (points[3].part, ==, 2);
  g_assert_cmpuint (points[4].part, ==, 2);
  /* The first track's name. */
  g_assert_cmpstr (pf_track_get_name (track), ==, "Loop");
  g_assert_cmpstr (pf_track_get_display_name (track), ==, "segments.gpx");
}

static void
test_gpx_track_real (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_data ("activity_607442311.gpx", &error);
  const PfTrackPoint *points;
  guint n;

  g_assert_no_error (error);
  g_assert_cmpstr (pf_track_get_name (track), ==, "Twin Cities Marathon 2014 - Chris Joakim");
  n = pf_track_get_n_points (track);
  g_assert_cmpuint (n, ==, 2256);
  g_assert_cmpuint (pf_track_get_n_parts (track), ==, 1);
  g_assert_cmpuint (pf_track_get_n_waypoints (track), ==, 0);
  points = pf_track_get_points (track);
  g_assert_cmpfloat_with_epsilon (points[0].lat, 44.974319525063037872314453125, 1e-12);
  g_assert_cmpfloat_with_epsilon (points[0].lon, -93.2631008885800838470458984375, 1e-12);
  /* "2014-10-05T13:07:53.000Z" */
  g_assert_cmpint (points[0].time_us, ==, G_GINT64_CONSTANT (1412514473000000));
  for (guint i = 0; i < n; i++)
    {
      g_assert_false (isnan (points[i].ele));
      g_assert_cmpint (points[i].time_us, !=, PF_TRACK_NO_TIME);
      if (i > 0)
        g_assert_cmpint (points[i].time_us, >=, points[i - 1].time_us);
    }
  /* A clean recording needs no repair. */
  g_assert_cmpuint (pf_track_get_notes (track)->len, ==, 0);
}

static void
test_gpx_route (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_data ("route.gpx", &error);
  const PfTrackPoint *points;

  g_assert_no_error (error);
  g_assert_cmpint (pf_track_get_source (track), ==, PF_TRACK_SOURCE_ROUTE);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 55);
  g_assert_cmpuint (pf_track_get_n_parts (track), ==, 1);
  points = pf_track_get_points (track);
  for (guint i = 0; i < 55; i++)
    {
      g_assert_true (isnan (points[i].ele));
      g_assert_cmpint (points[i].time_us, ==, PF_TRACK_NO_TIME);
    }
  g_assert_cmpfloat_with_epsilon (points[0].lat, 45.2787641494, 1e-10);
  g_assert_cmpfloat_with_epsilon (points[0].lon, 13.726695478, 1e-10);
}

static void
test_gpx_route_with_elevation (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_data ("ecology-trail-and-lovers-lane-loop.gpx", &error);

  g_assert_no_error (error);
  g_assert_cmpint (pf_track_get_source (track), ==, PF_TRACK_SOURCE_ROUTE);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 139);
  for (guint i = 0; i < 139; i++)
    g_assert_false (isnan (pf_track_get_points (track)[i].ele));
}

static void
test_gpx_route_name (void)
{
  static const char text[] =
    GPX11_OPEN
    "<metadata><name>File title</name></metadata>\n"
    "<rte><name>Drei Gipfel</name>\n"
    "<rtept lat=\"47.0\" lon=\"14.0\"/><rtept lat=\"47.001\" lon=\"14.0\"/>\n"
    "</rte>\n</gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "r.gpx", &error);

  g_assert_no_error (error);
  g_assert_cmpint (pf_track_get_source (track), ==, PF_TRACK_SOURCE_ROUTE);
  g_assert_cmpstr (pf_track_get_name (track), ==, "Drei Gipfel");
}

static void
test_gpx_track_preferred_over_route (void)
{
  static const char text[] =
    GPX11_OPEN
    "<rte><name>Planned</name>\n"
    "<rtept lat=\"10.0\" lon=\"10.0\"/><rtept lat=\"10.1\" lon=\"10.0\"/><rtept lat=\"10.2\" lon=\"10.0\"/>\n"
    "</rte>\n"
    TWO_TRKPTS
    "</gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "both.gpx", &error);

  g_assert_no_error (error);
  g_assert_cmpint (pf_track_get_source (track), ==, PF_TRACK_SOURCE_TRACK);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 2);
  g_assert_cmpfloat_with_epsilon (pf_track_get_points (track)[0].lat, 45.0, 1e-9);
  /* The user is told the route was set aside. */
  assert_note (track, "both.gpx", "route");
}

static void
test_gpx_waypoints_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_data ("iso8859-1encoded.gpx", &error);
  const PfTrackPoint *points;

  g_assert_no_error (error);
  g_assert_cmpint (pf_track_get_source (track), ==, PF_TRACK_SOURCE_WAYPOINTS);
  /* Its eight waypoints are the line, in file order, and no longer waypoints. */
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 8);
  g_assert_cmpuint (pf_track_get_n_waypoints (track), ==, 0);
  points = pf_track_get_points (track);
  g_assert_cmpfloat_with_epsilon (points[0].lat, 44.280548, 1e-6);
  g_assert_cmpfloat_with_epsilon (points[0].lon, 20.540280, 1e-6);
  /* Fractional-second times. */
  g_assert_cmpint (points[0].time_us % G_USEC_PER_SEC, !=, 0);
  assert_note (track, "iso8859-1encoded.gpx", "waypoints");
  /* No <name> anywhere: the file name without its extension. */
  g_assert_cmpstr (pf_track_get_name (track), ==, "iso8859-1encoded");
}

static void
test_gpx_waypoints_beside_track (void)
{
  static const char text[] =
    GPX11_OPEN
    "<wpt lat=\"45.0005\" lon=\"7.0001\"><ele>120</ele><name>Ravito 1</name>"
    "<cmt>eau</cmt><desc>eau, coca</desc></wpt>\n"
    "<wpt lat=\"45.0009\" lon=\"7.0\"><name>Big tree</name><sym>Flag, Blue</sym></wpt>\n"
    TWO_TRKPTS
    "</gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "w.gpx", &error);
  const PfWaypoint *w;

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 2);
  g_assert_cmpuint (pf_track_get_n_waypoints (track), ==, 2);

  w = pf_track_get_waypoint (track, 0);
  g_assert_cmpstr (w->name, ==, "Ravito 1");
  g_assert_nonnull (w->comment);
  g_assert_nonnull (strstr (w->comment, "eau"));
  g_assert_nonnull (strstr (w->comment, "coca"));
  g_assert_cmpfloat_with_epsilon (w->lat, 45.0005, 1e-9);
  g_assert_cmpfloat_with_epsilon (w->lon, 7.0001, 1e-9);
  g_assert_cmpfloat_with_epsilon (w->ele, 120.0, 1e-9);
  g_assert_cmpint (w->kind, ==, PF_WAYPOINT_AID_STATION);

  w = pf_track_get_waypoint (track, 1);
  g_assert_cmpstr (w->name, ==, "Big tree");
  g_assert_true (isnan (w->ele));
  g_assert_cmpint (w->kind, ==, PF_WAYPOINT_LANDMARK);

  /* Where the <wpt> was written, for messages about it. */
  g_assert_cmpuint (pf_track_get_waypoint (track, 0)->line, ==, 3);
}

static void
test_gpx_version_1_0 (void)
{
  static const char text[] =
    XML_DECL
    "<gpx version=\"1.0\" creator=\"test\" xmlns=\"" GPX10_NS "\">\n"
    "<name>Old style</name>\n"
    TWO_TRKPTS
    "</gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "v10.gpx", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 2);
  g_assert_cmpfloat_with_epsilon (pf_track_get_points (track)[1].ele, 101.0, 1e-9);
  /* GPX 1.0 names the file at the root. */
  g_assert_cmpstr (pf_track_get_name (track), ==, "Old style");
}

static void
test_gpx_version_1_1 (void)
{
  static const char text[] =
    GPX11_OPEN
    "<metadata><name>New style</name></metadata>\n"
    TWO_TRKPTS
    "</gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "v11.gpx", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 2);
  g_assert_cmpfloat_with_epsilon (pf_track_get_points (track)[0].ele, 100.0, 1e-9);
  g_assert_cmpstr (pf_track_get_name (track), ==, "New style");
}

static void
test_gpx_prefixed_namespace (void)
{
  /* The GPX namespace bound to a prefix instead of the default namespace. */
  static const char text[] =
    XML_DECL
    "<g:gpx version=\"1.1\" xmlns:g=\"" GPX11_NS "\">\n"
    "<g:trk><g:trkseg>\n"
    "<g:trkpt lat=\"45.0\" lon=\"7.0\"><g:ele>100</g:ele></g:trkpt>\n"
    "<g:trkpt lat=\"45.001\" lon=\"7.0\"><g:ele>101</g:ele></g:trkpt>\n"
    "</g:trkseg></g:trk></g:gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "prefix.gpx", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 2);
  g_assert_cmpfloat_with_epsilon (pf_track_get_points (track)[1].ele, 101.0, 1e-9);
}

static void
test_gpx_no_namespace (void)
{
  static const char text[] =
    XML_DECL
    "<gpx>\n"
    TWO_TRKPTS
    "</gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "bare.gpx", &error);
  g_autoptr(PfTrack) one = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 2);
  g_assert_cmpfloat_with_epsilon (pf_track_get_points (track)[0].ele, 100.0, 1e-9);

  /* The real bare-root file has a single point: it parses, but is no course. */
  one = import_data ("gpx-without-root-attributes.gpx", &error);
  g_assert_null (one);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_FEW_POINTS);
  g_assert_true (g_str_has_suffix (error->message, "a course needs at least two"));
}

static void
test_gpx_foreign_root_namespace (void)
{
  static const char text[] =
    XML_DECL
    "<gpx xmlns=\"http://example.com/not-gpx\">\n"
    TWO_TRKPTS
    "</gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "other.gpx", &error);

  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_true (g_str_has_prefix (error->message, "other.gpx:"));
}

static void
test_gpx_bom (void)
{
  static const char text[] =
    "\xEF\xBB\xBF" XML_DECL
    "<gpx version=\"1.1\" xmlns=\"" GPX11_NS "\">\n"
    "<metadata><name>Bom</name></metadata>\n"
    TWO_TRKPTS
    "</gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "bom.gpx", &error);
  g_autoptr(PfTrack) real = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 2);
  g_assert_cmpstr (pf_track_get_name (track), ==, "Bom");

  /* The real file with a BOM holds one waypoint: read fine, too few points. */
  real = import_data ("unicode_with_bom.gpx", &error);
  g_assert_null (real);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_FEW_POINTS);
}

static void
test_gpx_iso_8859_1 (void)
{
  /* "Café" and "Ravitaillement à Château" in ISO-8859-1 bytes. */
  static const char text[] =
    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
    "<gpx version=\"1.1\" xmlns=\"" GPX11_NS "\">\n"
    "<metadata><name>Caf\xE9</name></metadata>\n"
    "<wpt lat=\"45.0005\" lon=\"7.0\"><name>Ravitaillement \xE0 Ch\xE2teau</name>"
    "<cmt>Gr\xFCn</cmt></wpt>\n"
    "<trk><trkseg>\n"
    "<trkpt lat=\"45.0\" lon=\"7.0\"/><trkpt lat=\"45.001\" lon=\"7.0\"/>\n"
    "</trkseg></trk>\n"
    "</gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "latin1.gpx", &error);
  const PfWaypoint *w;

  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (pf_track_get_name (track), -1, NULL));
  g_assert_cmpstr (pf_track_get_name (track), ==, "Caf\xC3\xA9");
  g_assert_cmpuint (pf_track_get_n_waypoints (track), ==, 1);
  w = pf_track_get_waypoint (track, 0);
  g_assert_cmpstr (w->name, ==, "Ravitaillement \xC3\xA0 Ch\xC3\xA2teau");
  g_assert_cmpstr (w->comment, ==, "Gr\xC3\xBCn");
  g_assert_cmpint (w->kind, ==, PF_WAYPOINT_AID_STATION);
}

static void
test_gpx_names (void)
{
  struct {
    const char *display_name;
    const char *body;
    const char *expected;
  } cases[] = {
    /* The track's name wins over the file's. */
    { "a.gpx", "<metadata><name>Meta</name></metadata>"
               "<trk><name>Track</name><trkseg><trkpt lat=\"1\" lon=\"1\"/><trkpt lat=\"1.001\" lon=\"1\"/></trkseg></trk>",
      "Track" },
    /* No track name: the metadata name. */
    { "b.gpx", "<metadata><name>  Meta  </name></metadata>"
               "<trk><trkseg><trkpt lat=\"1\" lon=\"1\"/><trkpt lat=\"1.001\" lon=\"1\"/></trkseg></trk>",
      "Meta" },
    /* A blank track name is no name. */
    { "c.gpx", "<metadata><name>Meta</name></metadata>"
               "<trk><name> </name><trkseg><trkpt lat=\"1\" lon=\"1\"/><trkpt lat=\"1.001\" lon=\"1\"/></trkseg></trk>",
      "Meta" },
    /* No name at all: the basename without its extension. */
    { "races/Marathon de Paris.v2.gpx",
      "<trk><trkseg><trkpt lat=\"1\" lon=\"1\"/><trkpt lat=\"1.001\" lon=\"1\"/></trkseg></trk>",
      "Marathon de Paris.v2" },
    { "noext",
      "<trk><trkseg><trkpt lat=\"1\" lon=\"1\"/><trkpt lat=\"1.001\" lon=\"1\"/></trkseg></trk>",
      "noext" },
    /* A waypoint's name is not the course's name. */
    { "d.gpx", "<wpt lat=\"1\" lon=\"1\"><name>Water</name></wpt>"
               "<trk><trkseg><trkpt lat=\"1\" lon=\"1\"/><trkpt lat=\"1.001\" lon=\"1\"/></trkseg></trk>",
      "d" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (GPX11_OPEN, cases[i].body, "</gpx>\n", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PfTrack) track = import_string (text, cases[i].display_name, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (pf_track_get_name (track), ==, cases[i].expected);
      g_assert_cmpstr (pf_track_get_display_name (track), ==, cases[i].display_name);
    }
}

static void
test_gpx_foreign_namespaces_ignored (void)
{
  static const char text[] =
    XML_DECL
    "<gpx version=\"1.1\" xmlns=\"" GPX11_NS "\" xmlns:x=\"urn:example:x\">\n"
    "<x:metadata><x:name>Not this</x:name></x:metadata>\n"
    "<trk><trkseg>\n"
    "<trkpt lat=\"45.0\" lon=\"7.0\"><ele>100</ele>\n"
    "  <extensions><x:ele>999</x:ele><ele>888</ele><x:time>2001-01-01T00:00:00Z</x:time></extensions>\n"
    "  <x:ele>777</x:ele>\n"
    "</trkpt>\n"
    "<x:trkpt lat=\"50.0\" lon=\"9.0\"><x:ele>5</x:ele></x:trkpt>\n"
    "<trkpt lat=\"45.001\" lon=\"7.0\"><extensions><x:ele>555</x:ele></extensions></trkpt>\n"
    "</trkseg>\n"
    "<extensions><trkseg><trkpt lat=\"60\" lon=\"9\"/></trkseg></extensions>\n"
    "</trk>\n"
    "<x:wpt lat=\"45.0\" lon=\"7.0\"><x:name>Water</x:name></x:wpt>\n"
    "</gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "ext.gpx", &error);
  const PfTrackPoint *points;

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 2);
  points = pf_track_get_points (track);
  g_assert_cmpfloat_with_epsilon (points[0].ele, 100.0, 1e-9);
  g_assert_cmpint (points[0].time_us, ==, PF_TRACK_NO_TIME);
  g_assert_cmpfloat_with_epsilon (points[1].lat, 45.001, 1e-9);
  g_assert_true (isnan (points[1].ele));
  g_assert_cmpuint (pf_track_get_n_waypoints (track), ==, 0);
  g_assert_cmpstr (pf_track_get_name (track), ==, "ext");
}

static void
test_gpx_garmin_extensions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_data ("garmin-activity.gpx", &error);
  const PfTrackPoint *points;

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 988);
  g_assert_cmpstr (pf_track_get_name (track), ==, "casual stroll");
  points = pf_track_get_points (track);
  for (guint i = 0; i < 988; i++)
    {
      g_assert_false (isnan (points[i].ele));
      g_assert_cmpfloat (points[i].ele, >, 50.0);
      g_assert_cmpfloat (points[i].ele, <, 300.0);
      g_assert_cmpint (points[i].time_us, !=, PF_TRACK_NO_TIME);
    }
  g_assert_cmpfloat_with_epsilon (points[0].ele, 104.0, 1e-9);
}

/* A watch's air temperature (Garmin's TrackPointExtension, v1 and v2, any prefix) reaches the
 * points, for the runner's profile; an empty or impossible reading is left out, without a note. */
static void
test_gpx_air_temperature (void)
{
  static const char gpx[] =
    "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"\n"
    "     xmlns:ns3=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\"\n"
    "     xmlns:tp2=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v2\"><trk><trkseg>\n"
    "<trkpt lat=\"46.0\" lon=\"7.0\"><ele>500</ele><time>2024-06-01T08:00:00Z</time>\n"
    "  <extensions><ns3:TrackPointExtension><ns3:atemp>21.5</ns3:atemp><ns3:hr>140</ns3:hr>\n"
    "  </ns3:TrackPointExtension></extensions></trkpt>\n"
    "<trkpt lat=\"46.001\" lon=\"7.0\"><ele>501</ele><time>2024-06-01T08:00:30Z</time>\n"
    "  <extensions><tp2:TrackPointExtension><tp2:atemp>-4</tp2:atemp></tp2:TrackPointExtension>\n"
    "  </extensions></trkpt>\n"
    "<trkpt lat=\"46.002\" lon=\"7.0\"><ele>502</ele><time>2024-06-01T08:01:00Z</time>\n"
    "  <extensions><ns3:TrackPointExtension><ns3:atemp/></ns3:TrackPointExtension></extensions>\n"
    "</trkpt>\n"
    "<trkpt lat=\"46.003\" lon=\"7.0\"><ele>503</ele><time>2024-06-01T08:01:30Z</time>\n"
    "  <extensions><ns3:TrackPointExtension><ns3:atemp>250</ns3:atemp></ns3:TrackPointExtension>\n"
    "  </extensions></trkpt>\n"
    "<trkpt lat=\"46.004\" lon=\"7.0\"><ele>504</ele><time>2024-06-01T08:02:00Z</time></trkpt>\n"
    "</trkseg></trk></gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (gpx, "hot-run.gpx", &error);
  const PfTrackPoint *p;

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 5);
  p = pf_track_get_points (track);
  g_assert_cmpfloat (p[0].temperature_c, ==, 21.5f);
  g_assert_cmpfloat (p[1].temperature_c, ==, -4.0f);
  g_assert_true (isnan (p[2].temperature_c));
  g_assert_true (isnan (p[3].temperature_c));
  g_assert_true (isnan (p[4].temperature_c));
  /* The readings beside the position change nothing of the course. */
  g_assert_cmpfloat_with_epsilon (p[4].ele, 504.0, 1e-9);
  g_assert_null (find_note (track, "hot-run.gpx", NULL));
}

static void
test_gpx_foreign_extensions_inside_point (void)
{
  /* opentracks:*, pwr:, cluetrust: elements inside gpxtpx:TrackPointExtension, +01:00 times. */
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_data ("legacy_gpx_trackpointextensions_incorrect.gpx", &error);
  const PfTrackPoint *points;

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 5);
  g_assert_cmpuint (pf_track_get_n_parts (track), ==, 3);
  points = pf_track_get_points (track);
  g_assert_cmpfloat_with_epsilon (points[0].ele, 10.0, 1e-9);
  /* 2020-02-02T03:02:03+01:00 = 2020-02-02T02:02:03Z */
  g_assert_cmpint (points[0].time_us, ==, G_GINT64_CONSTANT (1580608923000000));
}

static void
test_gpx_times (void)
{
  static const struct {
    const char *text;
    gint64      expected;
  } cases[] = {
    { "2014-10-05T13:07:53.000Z", G_GINT64_CONSTANT (1412514473000000) },
    { "2014-10-05T13:07:53Z", G_GINT64_CONSTANT (1412514473000000) },
    { " 2014-10-05T13:07:53Z\n", G_GINT64_CONSTANT (1412514473000000) },
    { "2014-10-05T14:07:53+01:00", G_GINT64_CONSTANT (1412514473000000) },
    { "2014-10-05T14:07:53+0100", G_GINT64_CONSTANT (1412514473000000) },
    { "2014-10-05T08:37:53-04:30", G_GINT64_CONSTANT (1412514473000000) },
    { "2014-10-05T13:07:53.5Z", G_GINT64_CONSTANT (1412514473500000) },
    { "2014-10-05T13:07:53.123456Z", G_GINT64_CONSTANT (1412514473123456) },
    { "2014-10-05T13:07:53.1234567Z", G_GINT64_CONSTANT (1412514473123456) },
    { "2014-10-05T13:07:53.250+02:00", G_GINT64_CONSTANT (1412507273250000) },
    { "1970-01-01T00:00:00Z", 0 },
    { "2000-02-29T00:00:00Z", G_GINT64_CONSTANT (951782400000000) },
    { "2024-12-31T23:59:59Z", G_GINT64_CONSTANT (1735689599000000) },
    /* Before 1970, as some broken exports write. */
    { "1969-12-31T23:59:59Z", -G_USEC_PER_SEC },
  };
  g_autoptr(GString) text = g_string_new (GPX11_OPEN "<trk><trkseg>\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_string_append_printf (text, "<trkpt lat=\"%.3f\" lon=\"7\"><time>%s</time></trkpt>\n",
                            45.0 + i * 0.001, cases[i].text);
  g_string_append (text, "</trkseg></trk></gpx>\n");

  track = import_string (text->str, "times.gpx", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, G_N_ELEMENTS (cases));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("time %s", cases[i].text);
      g_assert_cmpint (pf_track_get_points (track)[i].time_us, ==, cases[i].expected);
    }
  /* None of them was rejected. */
  g_assert_null (find_note (track, "not a date", NULL));
}

static void
test_gpx_bad_time (void)
{
  static const char text[] =
    GPX11_OPEN
    "<trk><trkseg>\n"
    "<trkpt lat=\"45.0\" lon=\"7.0\"><time>2014-10-05T13:07:53Z</time></trkpt>\n"
    "<trkpt lat=\"45.001\" lon=\"7.0\"><time>yesterday</time></trkpt>\n"
    "<trkpt lat=\"45.002\" lon=\"7.0\"><time>2014-13-45T99:07:53Z</time></trkpt>\n"
    "</trkseg></trk></gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "badtime.gpx", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 3);
  g_assert_cmpint (pf_track_get_points (track)[1].time_us, ==, PF_TRACK_NO_TIME);
  g_assert_cmpint (pf_track_get_points (track)[2].time_us, ==, PF_TRACK_NO_TIME);
  assert_note (track, "badtime.gpx:5:", "yesterday");
}

static void
test_gpx_point_lines (void)
{
  /* Every point knows the line it was written on: notes and messages point the user there. */
  g_autoptr(GString) text = gpx_line_of_points (400);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text->str, "lines.gpx", &error);
  const PfTrackPoint *points;
  guint wrong = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 400);
  points = pf_track_get_points (track);
  for (guint i = 0; i < 400; i++)
    {
      if (points[i].line != i + 4)
        {
          if (wrong++ < 5)
            g_test_message ("point %u: line %u, written on line %u", i, points[i].line, i + 4);
        }
    }
  g_assert_cmpuint (wrong, ==, 0);
}

/* ---- repairs: values that are dropped or ignored with a note --------------------------- */

static void
test_gpx_out_of_range (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_data ("legacy_gpx_pause_resume.gpx", &error);
  g_autofree char *path = pf_test_data_path ("legacy_gpx_pause_resume.gpx");
  g_autofree char *where = NULL;
  const PfTrackPoint *points;

  g_assert_no_error (error);
  /* The pause/resume markers (lat 100 and 200) are dropped, the four real points kept. */
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 4);
  points = pf_track_get_points (track);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_cmpfloat (fabs (points[i].lat), <=, 90.0);
      g_assert_cmpfloat_with_epsilon (points[i].lat, 3.0, 1e-9);
    }
  g_assert_cmpfloat_with_epsilon (points[3].lon, 14.003, 1e-9);
  assert_note (track, "dropped 2 points", NULL);
  /* The first dropped point, <trkpt lat="100" lon="0">, is on line 42 of the file. */
  where = g_strdup_printf ("%s:42:", path);
  assert_note (track, where, "100");
}

static void
test_gpx_out_of_range_synthetic (void)
{
  static const char text[] =
    GPX11_OPEN
    "<trk><trkseg>\n"
    "<trkpt lat=\"45.0\" lon=\"7.0\"/>\n"
    "<trkpt lat=\"-90.5\" lon=\"7.0\"/>\n"
    "<trkpt lat=\"45.001\" lon=\"180.0001\"/>\n"
    "<trkpt lat=\"45.002\" lon=\"-180\"/>\n"
    "<trkpt lat=\"90\" lon=\"7.0\"/>\n"
    "<trkpt lat=\"nan\" lon=\"7.0\"/>\n"
    "<trkpt lat=\"inf\" lon=\"7.0\"/>\n"
    "<trkpt lat=\"1e400\" lon=\"7.0\"/>\n"
    "<trkpt lat=\"45.003\" lon=\"7.0\"/>\n"
    "</trkseg></trk></gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "range.gpx", &error);
  const PfTrackPoint *points;

  g_assert_no_error (error);
  /* ±180 and ±90 are on the globe; NaN, infinity and beyond are not. */
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 4);
  points = pf_track_get_points (track);
  g_assert_cmpfloat (points[1].lon, ==, -180.0);
  g_assert_cmpfloat (points[2].lat, ==, 90.0);
  for (guint i = 0; i < 4; i++)
    {
      g_assert_true (isfinite (points[i].lat));
      g_assert_true (isfinite (points[i].lon));
    }
  assert_note (track, "range.gpx:5:", "dropped 5 points");
}

static void
test_gpx_bad_values (void)
{
  /* lat/lon="undefined", lon="x", <ele>bad data</ele>: no usable point is left. */
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_data ("bad.gpx", &error);
  g_autofree char *path = pf_test_data_path ("bad.gpx");

  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_FEW_POINTS);
  g_assert_true (g_str_has_prefix (error->message, path));
}

static void
test_gpx_bad_position_kept_others (void)
{
  static const char text[] =
    GPX11_OPEN
    "<trk><trkseg>\n"
    "<trkpt lat=\"45.0\" lon=\"7.0\"/>\n"
    "<trkpt lat=\"undefined\" lon=\"undefined\"/>\n"
    "<trkpt lat=\"45.001\" lon=\"x\"/>\n"
    "<trkpt lon=\"7.0\"/>\n"
    "<trkpt lat=\"45.001\" lon=\"7.0\"/>\n"
    "<trkpt lat=\" 45.002 \" lon=\"7.0\"/>\n"
    "</trkseg></trk></gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "undef.gpx", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 3);
  g_assert_cmpfloat_with_epsilon (pf_track_get_points (track)[2].lat, 45.002, 1e-9);
  assert_note (track, "undef.gpx:5:", "undefined");
  /* The point without a latitude at all is reported too. */
  assert_note (track, "undef.gpx:7:", "without a position");
}

static void
test_gpx_bad_elevation (void)
{
  static const char text[] =
    GPX11_OPEN
    "<trk><trkseg>\n"
    "<trkpt lat=\"45.0\" lon=\"7.0\"><ele>100</ele></trkpt>\n"
    "<trkpt lat=\"45.001\" lon=\"7.0\"><ele>bad data</ele></trkpt>\n"
    "<trkpt lat=\"45.002\" lon=\"7.0\"><ele>102,5</ele></trkpt>\n"
    "<trkpt lat=\"45.003\" lon=\"7.0\"><ele>99999</ele></trkpt>\n"
    "<trkpt lat=\"45.004\" lon=\"7.0\"><ele></ele></trkpt>\n"
    "<trkpt lat=\"45.005\" lon=\"7.0\"><ele> -12.5 </ele></trkpt>\n"
    "</trkseg></trk></gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "ele.gpx", &error);
  const PfTrackPoint *points;

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 6);
  points = pf_track_get_points (track);
  g_assert_cmpfloat (points[0].ele, ==, 100.0);
  for (guint i = 1; i <= 4; i++)
    g_assert_true (isnan (points[i].ele));
  g_assert_cmpfloat (points[5].ele, ==, -12.5);
  assert_note (track, "ele.gpx:5:", "bad data");
}

static void
test_gpx_time_backwards (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_data ("first_and_last_elevation.gpx", &error);
  const PfTrackPoint *points;

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 10);
  points = pf_track_get_points (track);
  /* Elevation on the first and last point only. */
  g_assert_cmpfloat (points[0].ele, ==, 140.0);
  for (guint i = 1; i < 9; i++)
    g_assert_true (isnan (points[i].ele));
  g_assert_false (isnan (points[9].ele));
  assert_note (track, "first_and_last_elevation.gpx:", "backwards");
}

static void
test_gpx_time_backwards_synthetic (void)
{
  static const char text[] =
    GPX11_OPEN
    "<trk><trkseg>\n"
    "<trkpt lat=\"45.0\" lon=\"7.0\"><time>2020-01-01T10:00:00Z</time></trkpt>\n"
    "<trkpt lat=\"45.001\" lon=\"7.0\"><time>2020-01-01T10:00:10Z</time></trkpt>\n"
    "<trkpt lat=\"45.002\" lon=\"7.0\"><time>2020-01-01T09:00:00Z</time></trkpt>\n"
    "<trkpt lat=\"45.003\" lon=\"7.0\"><time>2020-01-01T09:00:10Z</time></trkpt>\n"
    "</trkseg></trk></gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "back.gpx", &error);

  g_assert_no_error (error);
  /* The points are kept: a course does not need times. */
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 4);
  assert_note (track, "back.gpx:6:", "backwards");
}

static void
test_gpx_many_notes_counted_once (void)
{
  /* A thousand bad elevations make one note, not a thousand. */
  g_autoptr(GString) text = g_string_new (GPX11_OPEN "<trk><trkseg>\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (text, "<trkpt lat=\"%.4f\" lon=\"7\"><ele>n/a</ele></trkpt>\n",
                            45.0 + i * 0.0001);
  g_string_append (text, "</trkseg></trk></gpx>\n");
  track = import_string (text->str, "many.gpx", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_notes (track)->len, ==, 1);
  assert_note (track, "many.gpx:4:", "1000");
}

/* ---- TCX ----------------------------------------------------------------------------- */

static void
test_tcx_activity (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_data ("test.tcx", &error);
  g_autofree char *path = pf_test_data_path ("test.tcx");
  g_autofree char *where = NULL;
  const PfTrackPoint *points;

  g_assert_no_error (error);
  g_assert_cmpint (pf_track_get_format (track), ==, PF_TRACK_FORMAT_TCX);
  g_assert_cmpint (pf_track_get_source (track), ==, PF_TRACK_SOURCE_TRACK);
  /* 384 trackpoints in three laps, one of them without a position. */
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 383);
  g_assert_cmpuint (pf_track_get_n_parts (track), ==, 3);
  points = pf_track_get_points (track);
  for (guint i = 0; i < 383; i++)
    {
      g_assert_false (isnan (points[i].ele));
      g_assert_cmpint (points[i].time_us, !=, PF_TRACK_NO_TIME);
    }
  g_assert_cmpfloat_with_epsilon (points[0].lat, 35.951880, 1e-6);
  /* Each Trackpoint's DistanceMeters is the device's own distance (the runner's profile reads
   * speed from it): from 0 at the start to the last kept point's 4686.31 m, never backwards. */
  g_assert_cmpfloat (points[0].distance_m, ==, 0.0);
  g_assert_cmpfloat_with_epsilon (points[382].distance_m, 4686.31103516, 1e-6);
  for (guint i = 1; i < 383; i++)
    g_assert_cmpfloat (points[i].distance_m, >=, points[i - 1].distance_m);
  assert_note (track, path, "without a position");
  /* The <Trackpoint> without <Position> opens on line 4649. */
  where = g_strdup_printf ("%s:4649:", path);
  assert_note (track, where, "without a position");
  g_assert_cmpstr (pf_track_get_name (track), ==, "test");
}

static void
test_tcx_same_as_gpx (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) gpx = import_data ("twin_cities_marathon.gpx", &error);
  g_autoptr(PfTrack) tcx = NULL;
  const PfTrackPoint *a, *b;

  g_assert_no_error (error);
  tcx = import_data ("twin_cities_marathon.tcx", &error);
  g_assert_no_error (error);

  g_assert_cmpuint (pf_track_get_n_points (gpx), ==, 2256);
  g_assert_cmpuint (pf_track_get_n_points (tcx), ==, 2256);
  /* One <Track> per lap (a lap per mile), joined. */
  g_assert_cmpuint (pf_track_get_n_parts (tcx), >, 20);
  a = pf_track_get_points (gpx);
  b = pf_track_get_points (tcx);
  for (guint i = 0; i < 2256; i++)
    {
      g_assert_cmpfloat_with_epsilon (a[i].lat, b[i].lat, 1e-9);
      g_assert_cmpfloat_with_epsilon (a[i].lon, b[i].lon, 1e-9);
      g_assert_cmpint (a[i].time_us, ==, b[i].time_us);
      g_assert_cmpfloat_with_epsilon (a[i].ele, b[i].ele, 1e-6);
    }
}

static void
test_tcx_course_points (void)
{
  static const char text[] =
    XML_DECL
    "<TrainingCenterDatabase xmlns=\"" TCX_NS "\">\n"
    "<Courses><Course>\n"
    "<Name>Hill loop</Name>\n"
    "<Lap><TotalTimeSeconds>0</TotalTimeSeconds></Lap>\n"
    "<Track>\n"
    "<Trackpoint><Time>2020-05-01T08:00:00Z</Time><Position><LatitudeDegrees>45.000</LatitudeDegrees>"
    "<LongitudeDegrees>7.0</LongitudeDegrees></Position><AltitudeMeters>300</AltitudeMeters></Trackpoint>\n"
    "<Trackpoint><Time>2020-05-01T08:05:00Z</Time><Position><LatitudeDegrees>45.010</LatitudeDegrees>"
    "<LongitudeDegrees>7.0</LongitudeDegrees></Position><AltitudeMeters>350</AltitudeMeters></Trackpoint>\n"
    "<Trackpoint><Time>2020-05-01T08:10:00Z</Time><Position><LatitudeDegrees>45.020</LatitudeDegrees>"
    "<LongitudeDegrees>7.0</LongitudeDegrees></Position><AltitudeMeters>320</AltitudeMeters></Trackpoint>\n"
    "</Track>\n"
    "<CoursePoint><Name>W1</Name><Time>2020-05-01T08:01:00Z</Time><Position><LatitudeDegrees>45.002</LatitudeDegrees>"
    "<LongitudeDegrees>7.0</LongitudeDegrees></Position><PointType>Water</PointType></CoursePoint>\n"
    "<CoursePoint><Name>F1</Name><Position><LatitudeDegrees>45.004</LatitudeDegrees>"
    "<LongitudeDegrees>7.0</LongitudeDegrees></Position><PointType>Food</PointType></CoursePoint>\n"
    "<CoursePoint><Name>Medic</Name><Position><LatitudeDegrees>45.006</LatitudeDegrees>"
    "<LongitudeDegrees>7.0</LongitudeDegrees></Position><PointType>First Aid</PointType></CoursePoint>\n"
    "<CoursePoint><Name>Corner</Name><Position><LatitudeDegrees>45.008</LatitudeDegrees>"
    "<LongitudeDegrees>7.0</LongitudeDegrees></Position><PointType>Generic</PointType></CoursePoint>\n"
    "<CoursePoint><Name>Top</Name><Position><LatitudeDegrees>45.010</LatitudeDegrees>"
    "<LongitudeDegrees>7.0</LongitudeDegrees></Position><AltitudeMeters>350</AltitudeMeters>"
    "<PointType>Summit</PointType></CoursePoint>\n"
    "<CoursePoint><Name>Verpflegung</Name><Position><LatitudeDegrees>45.012</LatitudeDegrees>"
    "<LongitudeDegrees>7.0</LongitudeDegrees></Position><PointType>Generic</PointType>"
    "<Notes>Wasser und Cola</Notes></CoursePoint>\n"
    "<CoursePoint><Name>Lost</Name><PointType>Water</PointType></CoursePoint>\n"
    "</Course></Courses>\n"
    "</TrainingCenterDatabase>\n";
  static const struct {
    const char    *name;
    PfWaypointKind kind;
  } expected[] = {
    { "W1", PF_WAYPOINT_AID_STATION },
    { "F1", PF_WAYPOINT_AID_STATION },
    { "Medic", PF_WAYPOINT_AID_STATION },
    { "Corner", PF_WAYPOINT_LANDMARK },
    { "Top", PF_WAYPOINT_LANDMARK },
    { "Verpflegung", PF_WAYPOINT_AID_STATION },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "course.tcx", &error);

  g_assert_no_error (error);
  g_assert_cmpint (pf_track_get_format (track), ==, PF_TRACK_FORMAT_TCX);
  g_assert_cmpstr (pf_track_get_name (track), ==, "Hill loop");
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 3);
  g_assert_cmpfloat (pf_track_get_points (track)[1].ele, ==, 350.0);
  /* The CoursePoints are waypoints, not points of the line; the one without a position is
   * skipped with a note. */
  g_assert_cmpuint (pf_track_get_n_waypoints (track), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const PfWaypoint *w = pf_track_get_waypoint (track, i);

      g_assert_cmpstr (w->name, ==, expected[i].name);
      g_assert_cmpint (w->kind, ==, expected[i].kind);
      g_assert_cmpfloat_with_epsilon (w->lat, 45.002 + 0.002 * i, 1e-9);
    }
  g_assert_cmpstr (pf_track_get_waypoint (track, 5)->comment, ==, "Wasser und Cola");
  assert_note (track, "course.tcx:", "without a position");
}

static void
test_tcx_laps (void)
{
  /* An Activity's laps each hold a Track: parts, in order; HR and extensions ignored. */
  static const char text[] =
    XML_DECL
    "<TrainingCenterDatabase xmlns=\"" TCX_NS "\" xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\">\n"
    "<Activities><Activity Sport=\"Running\"><Id>2020-05-01T08:00:00Z</Id>\n"
    "<Lap StartTime=\"2020-05-01T08:00:00Z\"><Track>\n"
    "<Trackpoint><Time>2020-05-01T08:00:00Z</Time><Position><LatitudeDegrees>45.000</LatitudeDegrees>"
    "<LongitudeDegrees>7.0</LongitudeDegrees></Position><AltitudeMeters>300</AltitudeMeters>"
    "<HeartRateBpm><Value>120</Value></HeartRateBpm>"
    "<Extensions><ns3:TPX><ns3:Speed>3.0</ns3:Speed><ns3:AltitudeMeters>9</ns3:AltitudeMeters></ns3:TPX></Extensions></Trackpoint>\n"
    "</Track></Lap>\n"
    "<Lap StartTime=\"2020-05-01T08:05:00Z\"><Track>\n"
    "<Trackpoint><Time>2020-05-01T08:05:00Z</Time><Position><LatitudeDegrees>45.010</LatitudeDegrees>"
    "<LongitudeDegrees>7.0</LongitudeDegrees></Position><AltitudeMeters>310</AltitudeMeters></Trackpoint>\n"
    "<Trackpoint><Time>2020-05-01T08:06:00Z</Time></Trackpoint>\n"
    "<Trackpoint><Time>2020-05-01T08:07:00Z</Time><Position><LatitudeDegrees>45.011</LatitudeDegrees>"
    "<LongitudeDegrees>7.0</LongitudeDegrees></Position></Trackpoint>\n"
    "</Track></Lap>\n"
    "</Activity></Activities>\n"
    "</TrainingCenterDatabase>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "laps.tcx", &error);
  const PfTrackPoint *points;

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 3);
  g_assert_cmpuint (pf_track_get_n_parts (track), ==, 2);
  points = pf_track_get_points (track);
  g_assert_cmpfloat (points[0].ele, ==, 300.0);
  g_assert_cmpuint (points[0].part, ==, 0);
  g_assert_cmpuint (points[1].part, ==, 1);
  g_assert_true (isnan (points[2].ele));
  g_assert_cmpint (points[2].time_us, ==, G_GINT64_CONSTANT (1588320420000000));
  assert_note (track, "laps.tcx:9:", "without a position");
  /* No Course name: the file name. */
  g_assert_cmpstr (pf_track_get_name (track), ==, "laps");
}

/* ---- errors -------------------------------------------------------------------------- */

static void
test_error_malformed (void)
{
  g_autofree char *path = pf_test_data_path ("GPX_invalid_extensions.gpx");
  g_autofree char *prefix = g_strconcat (path, ":39: ", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = pf_import_path (path, &error);
  g_autoptr(PfTrack) again = NULL;

  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_MALFORMED);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_clear_error (&error);

  /* The same bytes, named by the caller. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  again = import_string_len (contents, length, "GPX_invalid_extensions.gpx", &error);
  g_assert_null (again);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "GPX_invalid_extensions.gpx:39: "));
}

static void
test_error_malformed_synthetic (void)
{
  static const struct {
    const char *text;
    guint       line;
  } cases[] = {
    { GPX11_OPEN "<trk><trkseg>\n<trkpt lat=\"1\" lon=\"1\">\n</trkseg></trk></gpx>\n", 5 },
    { GPX11_OPEN "<trk>\n<name>a & b</name>\n</trk></gpx>\n", 4 },
    { GPX11_OPEN "<trk lat=\"1\" lat=\"2\"></trk></gpx>\n", 3 },
    { GPX11_OPEN "<trk></trk>\n</gpx>\n<gpx/>\n", 5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PfTrack) track = import_string (cases[i].text, "m.gpx", &error);
      g_autofree char *prefix = g_strdup_printf ("m.gpx:%u: ", cases[i].line);

      g_assert_null (track);
      g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_MALFORMED);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, prefix));
    }
}

static guint
count_lines (const char *text,
             gsize       len)
{
  guint lines = 1;

  for (gsize i = 0; i < len; i++)
    lines += text[i] == '\n';
  return lines;
}

static void
test_error_truncated (void)
{
  static const char * const files[] = { "activity_607442311.gpx", "test.tcx", "route.gpx" };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = pf_test_data_path (files[f]);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      for (guint percent = 5; percent < 100; percent += 15)
        {
          gsize cut = length * percent / 100;
          g_autoptr(GError) error = NULL;
          g_autoptr(PfTrack) track = import_string_len (contents, cut, files[f], &error);
          g_autofree char *prefix = g_strconcat (files[f], ":", NULL);
          guint line;

          g_assert_null (track);
          g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_MALFORMED);
          g_assert_true (g_str_has_prefix (error->message, prefix));
          /* "NAME:LINE: …" with the line where the text stops (or just after). */
          line = (guint) g_ascii_strtoull (error->message + strlen (prefix), NULL, 10);
          g_assert_cmpuint (line, >=, 1);
          g_assert_cmpuint (line, <=, count_lines (contents, cut) + 1);
        }
    }
}

/* Cut anywhere between the first element's name and the end of the document, a file says it
 * was cut short, with the line it ends on — from memory and from a stream alike — where
 * libxml2 said "Extra content at the end of the document" or "Couldn't find end of Start Tag"
 * (issue 19: 135 of 272 cuts). */
static void
test_error_cut_short (void)
{
  /* A small file read in one chunk, a TCX, and a file read in many chunks (367 kB). */
  static const struct { const char *name; const char *root; guint cuts; } files[] = {
    { "route.gpx", "gpx", 400 },
    { "test.tcx", "TrainingCenterDatabase", 400 },
    { "garmin-activity.gpx", "gpx", 60 },
  };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = pf_test_data_path (files[f].name);
      g_autofree char *contents = NULL;
      g_autofree char *prefix = g_strconcat (files[f].name, ":", NULL);
      g_autofree char *open_tag = g_strconcat ("<", files[f].root, NULL);
      g_autofree char *end_tag = g_strconcat ("</", files[f].root, NULL);
      const char *root, *end;
      gsize length = 0, first, last, step;
      guint n = 0;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      root = strstr (contents, open_tag);
      end = g_strrstr (contents, end_tag);
      g_assert_nonnull (root);
      g_assert_nonnull (end);
      first = (gsize) (root - contents) + 2;
      last = (gsize) (end - contents) + strlen (end_tag);
      step = MAX ((last - first) / files[f].cuts, 1);

      for (gsize cut = first; cut <= last; cut += step, n++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GError) stream_error = NULL;
          g_autoptr(PfTrack) track = import_string_len (contents, cut, files[f].name, &error);
          g_autoptr(GInputStream) stream =
            g_memory_input_stream_new_from_data (contents, (gssize) cut, NULL);
          g_autoptr(PfTrack) streamed = pf_import_stream (stream, files[f].name, NULL,
                                                          &stream_error);
          guint line;

          g_test_message ("cut at %" G_GSIZE_FORMAT ": %s", cut, error ? error->message : "");
          g_assert_null (track);
          g_assert_null (streamed);
          g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_MALFORMED);
          g_assert_true (g_str_has_prefix (error->message, prefix));
          g_assert_nonnull (strstr (error->message,
                                    ": the file ends before the document does (cut short?)"));
          line = (guint) g_ascii_strtoull (error->message + strlen (prefix), NULL, 10);
          g_assert_cmpuint (line, >=, 1);
          g_assert_cmpuint (line, <=, count_lines (contents, cut) + 1);
          g_assert_cmpstr (stream_error->message, ==, error->message);
        }
      g_assert_cmpuint (n, >=, files[f].cuts);
    }
}

/* A mistake in the middle of a whole file is not a cut: libxml2's words stay. */
static void
test_error_not_cut_short (void)
{
  static const char broken[] =
    GPX11_OPEN "<trk><trkseg>\n<trkpt lat=45 lon=\"7\"/>\n<trkpt lat=\"45.1\" lon=\"7\"/>\n"
    "</trkseg></trk>\n</gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (broken, "broken.gpx", &error);

  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "broken.gpx:4: "));
  g_assert_null (strstr (error->message, "cut short"));
  g_clear_error (&error);

  /* Nor is a misspelt last end tag, though it is at the file's end. */
  track = import_string (GPX11_OPEN TWO_TRKPTS "</gpz>", "misspelt.gpx", &error);
  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "mismatch"));
  g_assert_null (strstr (error->message, "cut short"));
}

/* Files that are not XML are named by their first bytes, with what to do. Each length is the
 * literal's own, without its NUL (ASan checks that none reads past it). */
static void
test_error_other_formats (void)
{
  static const struct { const char *data; gsize length; const char *says; } files[] = {
    { "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xb3\xb1\xaf\xc8\xcd", 15,
      "a compressed file (gzip); decompress it first" },
    { "PK\x03\x04\x14\x00\x00\x00\x08\x00", 10, "a compressed file (zip)" },
    { "BZh91AY&SY", 10, "a compressed file (bzip2)" },
    { "\xfd" "7zXZ\0\0\x04\xe6\xd6\xb4\x46", 12, "a compressed file (xz)" },
    { "\xff\xfe\0\0<\0\0\0?\0\0\0x\0\0\0", 16, "UTF-32" },
    { "<\0\0\0?\0\0\0x\0\0\0m\0\0\0", 16, "UTF-32" },
    { "<\0g\0p\0x\0 \0v\0", 12, "UTF-16 without a byte-order mark" },
    { "\0<\0g\0p\0x\0 \0v", 12, "UTF-16 without a byte-order mark" },
    { "%PDF-1.5\n%\xe2\xe3", 11, "a PDF document" },
    { "{\n \"format_version\" : 1,\n \"generator\" : \"Pacefuel 0.1.0\",", 48,
      "a Pacefuel plan, not a course: open it as a plan" },
    { "  {\"type\": \"FeatureCollection\"}", 31, "a JSON file, not GPX or TCX" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) stream_error = NULL;
      g_autoptr(PfTrack) track = import_string_len (files[i].data, files[i].length, "race.gpx",
                                                    &error);
      g_autoptr(GInputStream) stream =
        g_memory_input_stream_new_from_data (files[i].data, (gssize) files[i].length, NULL);
      g_autoptr(PfTrack) streamed = pf_import_stream (stream, "race.gpx", NULL, &stream_error);

      g_test_message ("%s", error != NULL ? error->message : "(read)");
      g_assert_null (track);
      g_assert_null (streamed);
      g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_UNKNOWN_FORMAT);
      g_assert_true (g_str_has_prefix (error->message, "race.gpx: "));
      g_assert_nonnull (strstr (error->message, files[i].says));
      g_assert_cmpstr (stream_error->message, ==, error->message);
    }
}

/* UTF-16 without a byte-order mark but with its XML declaration is read, as libxml2 can. */
static void
test_gpx_utf16_without_bom (void)
{
  static const char utf8[] =
    "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"test\" xmlns=\"" GPX11_NS "\">\n"
    TWO_TRKPTS "</gpx>\n";
  g_autofree char *utf16 = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;

  utf16 = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  track = import_string_len (utf16, length, "wide.gpx", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 2);
}

/* The reproducer: a course downloaded as .gpx.gz, read from its path. */
static void
test_error_gzip_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pf-test-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "route.gpx.gz", NULL);
  g_autofree char *expected = g_strconcat (path, ": a compressed file (gzip); decompress it first",
                                           NULL);
  g_autoptr(GBytes) plain = pf_test_data_bytes ("route.gpx");
  g_autoptr(GConverter) gzip = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6));
  g_autoptr(GInputStream) source = g_memory_input_stream_new_from_bytes (plain);
  g_autoptr(GInputStream) compressed = g_converter_input_stream_new (source, gzip);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GOutputStream) out = G_OUTPUT_STREAM (g_file_create (file, G_FILE_CREATE_NONE, NULL,
                                                                 NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;

  g_assert_nonnull (out);
  g_assert_cmpint (g_output_stream_splice (out, compressed,
                                           G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE
                                           | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error),
                   >, 0);
  g_assert_no_error (error);

  track = pf_import_path (path, &error);
  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_cmpstr (error->message, ==, expected);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A named pipe, a link to /dev/zero or /dev/urandom: refused at once by name, never read
 * (issue 19: a FIFO blocked forever, /dev/zero allocated gigabytes). The alarm makes a
 * blocking open fail the test rather than hang it. */
static void
test_error_special_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pf-test-import-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.gpx", NULL);
  g_autofree char *zero = g_build_filename (dir, "zero.gpx", NULL);
  g_autofree char *urandom = g_build_filename (dir, "random.tcx", NULL);
  struct { const char *path; const char *basename; const char *says; } files[] = {
    { fifo, "pipe.gpx", "not a regular file (a named pipe)" },
    { zero, "zero.gpx", "not a regular file (a character device)" },
    { urandom, "random.tcx", "not a regular file (a character device)" },
  };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  g_assert_cmpint (symlink ("/dev/urandom", urandom), ==, 0);

  alarm (20);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) file_error = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (files[i].path);
      g_autoptr(PfTrack) track = pf_import_path (files[i].path, &error);
      g_autoptr(PfTrack) from_file = pf_import_file (file, NULL, &file_error);
      g_autofree char *expected = g_strdup_printf ("%s: %s", files[i].path, files[i].says);
      g_autofree char *expected_base = g_strdup_printf ("%s: %s", files[i].basename,
                                                        files[i].says);

      g_assert_null (track);
      g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_OPEN);
      g_assert_cmpstr (error->message, ==, expected);
      g_assert_null (from_file);
      g_assert_error (file_error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_OPEN);
      g_assert_cmpstr (file_error->message, ==, expected_base);
    }
  alarm (0);

  g_unlink (fifo);
  g_unlink (zero);
  g_unlink (urandom);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_error_unknown_format (void)
{
  static const char kml[] =
    XML_DECL
    "<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n"
    "<Document><Placemark><LineString><coordinates>7,45,0 7,45.001,0</coordinates>"
    "</LineString></Placemark></Document>\n"
    "</kml>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (kml, "route.kml", &error);
  g_autoptr(PfTrack) svg = NULL;

  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_true (g_str_has_prefix (error->message, "route.kml:"));
  g_assert_nonnull (strstr (error->message, "kml"));
  /* Named for what it is, with what to do. */
  g_assert_nonnull (strstr (error->message, ": a KML file (Google Earth), not GPX or TCX: "
                                            "export the course as GPX"));
  g_clear_error (&error);

  svg = import_string ("<svg xmlns=\"http://www.w3.org/2000/svg\"><gpx/></svg>", "a.svg", &error);
  g_assert_null (svg);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_UNKNOWN_FORMAT);
}

/* libxml2 quotes what the file says in some of its errors (a namespace's URI here); U+009B is
 * CSI to some terminals, as ESC [ is to all: the message keeps the words, not the control
 * character, so that pacefuel-cli never prints a file's escape sequence (issue 19). */
static void
test_error_quotes_cleaned (void)
{
  static const char * const texts[] = {
    "<?xml version=\"1.0\"?>\n<gpx xmlns=\"\xc2\x9b[2Jx y\" version=\"1.1\"><trk/></gpx>",
    "<?xml version=\"1.0\"?>\n<gpx xmlns:g=\"\xc2\x9b]0;pwned\xc2\x9c y\"><trk/></gpx>",
    "<TrainingCenterDatabase xmlns=\"\xc2\x9b" "31m\tx y\"><Courses/></TrainingCenterDatabase>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PfTrack) track = import_string (texts[i], "quoted.gpx", &error);

      g_test_message ("%s", error != NULL ? error->message : "(read)");
      g_assert_null (track);
      g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_MALFORMED);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      for (const char *p = error->message; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_assert_false (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f));
        }
      /* What the file said is still there to read, without its control characters. */
      g_assert_nonnull (strstr (error->message, i == 0 ? "'[2Jx y'" : i == 1 ? "]0;pwned y"
                                                                      : "'31m x y'"));
    }
}

static void
test_error_not_xml (void)
{
  static const char * const texts[] = {
    "hello world\n",
    "{\"type\": \"FeatureCollection\"}",
    "lat,lon\n45,7\n45.001,7\n",
    "\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PfTrack) track = import_string_len (texts[i], i == 3 ? 16 : strlen (texts[i]),
                                                    "notxml.gpx", &error);

      g_assert_null (track);
      g_assert_nonnull (error);
      g_assert_true (g_error_matches (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_MALFORMED)
                     || g_error_matches (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_UNKNOWN_FORMAT));
      g_assert_true (g_str_has_prefix (error->message, "notxml.gpx:"));
    }
}

static void
test_error_empty (void)
{
  static const char * const texts[] = { "", "   \n\n  ", "\xEF\xBB\xBF", XML_DECL };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PfTrack) track = import_string (texts[i], "blank.gpx", &error);

      g_assert_null (track);
      g_assert_nonnull (error);
      g_assert_true (error->domain == PF_IMPORT_ERROR);
      g_assert_true (g_str_has_prefix (error->message, "blank.gpx"));
      /* An empty file is said to be empty, not to have "extra content at its end". */
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "empty"));
    }
}

static void
test_error_too_few_points (void)
{
  static const char one[] =
    GPX11_OPEN "<trk><trkseg><trkpt lat=\"45\" lon=\"7\"/></trkseg></trk></gpx>\n";
  static const char none[] = GPX11_OPEN "<metadata><name>x</name></metadata></gpx>\n";
  g_autofree char *path = pf_test_data_path ("empty_trk.gpx");
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = pf_import_path (path, &error);

  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_FEW_POINTS);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_clear_error (&error);

  track = import_string (one, "one.gpx", &error);
  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_FEW_POINTS);
  g_assert_true (g_str_has_prefix (error->message, "one.gpx: "));
  g_assert_nonnull (strstr (error->message, "single"));
  g_clear_error (&error);

  track = import_string (none, "none.gpx", &error);
  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_FEW_POINTS);
  g_clear_error (&error);

  track = import_data ("sample_broken_1.gpx", &error);
  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_FEW_POINTS);
}

static void
test_error_missing_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pf-test-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "no such course.gpx", NULL);
  g_autofree char *prefix = g_strconcat (path, ": ", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = pf_import_path (path, &error);
  g_autoptr(GFile) file = NULL;

  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_OPEN);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_clear_error (&error);

  /* A relative path is named as given. */
  track = pf_import_path ("surely/not/here.gpx", &error);
  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_OPEN);
  g_assert_true (g_str_has_prefix (error->message, "surely/not/here.gpx: "));
  g_clear_error (&error);

  /* A folder is not a course file. */
  track = pf_import_path (dir, &error);
  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_OPEN);
  g_assert_true (g_str_has_prefix (error->message, dir));
  g_clear_error (&error);

  /* Through a GFile, the message names the basename, what the file chooser showed. */
  file = g_file_new_for_path (path);
  track = pf_import_file (file, NULL, &error);
  g_assert_null (track);
  g_assert_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_OPEN);
  g_assert_true (g_str_has_prefix (error->message, "no such course.gpx: "));

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_import_file_and_stream (void)
{
  g_autofree char *path = pf_test_data_path ("route.gpx");
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) from_file = pf_import_file (file, NULL, &error);
  g_autoptr(PfTrack) from_stream = NULL;
  g_autoptr(PfTrack) from_bytes = NULL;
  g_autoptr(GInputStream) stream = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (pf_track_get_display_name (from_file), ==, "route.gpx");

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  stream = g_memory_input_stream_new_from_data (g_memdup2 (contents, length), length, g_free);
  from_stream = pf_import_stream (stream, "route.gpx", NULL, &error);
  g_assert_no_error (error);
  from_bytes = import_string_len (contents, length, "route.gpx", &error);
  g_assert_no_error (error);

  g_assert_cmpuint (pf_track_get_n_points (from_file), ==, 55);
  g_assert_cmpuint (pf_track_get_n_points (from_stream), ==, 55);
  g_assert_cmpuint (pf_track_get_n_points (from_bytes), ==, 55);
  for (guint i = 0; i < 55; i++)
    {
      g_assert_cmpfloat (pf_track_get_points (from_file)[i].lat, ==,
                         pf_track_get_points (from_stream)[i].lat);
      g_assert_cmpfloat (pf_track_get_points (from_file)[i].lat, ==,
                         pf_track_get_points (from_bytes)[i].lat);
      g_assert_cmpuint (pf_track_get_points (from_stream)[i].line, ==,
                        pf_track_get_points (from_bytes)[i].line);
    }
}

static void
test_import_cancelled (void)
{
  g_autofree char *path = pf_test_data_path ("activity_607442311.gpx");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;

  g_cancellable_cancel (cancellable);
  track = pf_import_file (file, cancellable, &error);
  g_assert_null (track);
  g_assert_nonnull (error);
}

/* ---- hostile input ------------------------------------------------------------------- */

static void
test_security_external_entity (void)
{
  static const char text[] =
    XML_DECL
    "<!DOCTYPE gpx [\n"
    "  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
    "  <!ENTITY net SYSTEM \"http://127.0.0.1:9/evil\">\n"
    "]>\n"
    "<gpx version=\"1.1\" xmlns=\"" GPX11_NS "\">\n"
    "<metadata><name>A&xxe;B&net;</name></metadata>\n"
    "<wpt lat=\"45.0\" lon=\"7.0\"><name>&xxe;</name><cmt>&xxe;</cmt></wpt>\n"
    TWO_TRKPTS
    "</gpx>\n";
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(PfTrack) track = import_string (text, "xxe.gpx", &error);

  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  if (track == NULL)
    {
      g_assert_true (error->domain == PF_IMPORT_ERROR);
      g_assert_true (g_str_has_prefix (error->message, "xxe.gpx"));
      g_assert_null (strstr (error->message, "root:"));
      return;
    }

  g_assert_null (strstr (pf_track_get_name (track), "root"));
  g_assert_cmpuint (strlen (pf_track_get_name (track)), <, 16);
  for (guint i = 0; i < pf_track_get_n_waypoints (track); i++)
    {
      const PfWaypoint *w = pf_track_get_waypoint (track, i);

      g_assert_true (w->name == NULL || strstr (w->name, "root") == NULL);
      g_assert_true (w->comment == NULL || strstr (w->comment, "root") == NULL);
    }
}

static void
test_security_external_dtd (void)
{
  static const char text[] =
    XML_DECL
    "<!DOCTYPE gpx SYSTEM \"file:///etc/passwd\">\n"
    "<gpx version=\"1.1\" xmlns=\"" GPX11_NS "\">\n"
    TWO_TRKPTS
    "</gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "dtd.gpx", &error);

  /* The DTD is neither loaded nor needed. */
  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 2);
}

static void
test_security_billion_laughs (void)
{
  g_autoptr(GString) text = g_string_new (XML_DECL "<!DOCTYPE gpx [\n <!ENTITY lol0 \"lol\">\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;
  gint64 start;

  for (guint i = 1; i <= 9; i++)
    {
      g_string_append_printf (text, " <!ENTITY lol%u \"", i);
      for (guint j = 0; j < 10; j++)
        g_string_append_printf (text, "&lol%u;", i - 1);
      g_string_append (text, "\">\n");
    }
  g_string_append (text, "]>\n<gpx version=\"1.1\" xmlns=\"" GPX11_NS "\">\n"
                         "<metadata><name>&lol9;</name></metadata>\n"
                         "<wpt lat=\"45\" lon=\"7\"><name>&lol9;</name><cmt>&lol6;</cmt></wpt>\n"
                         TWO_TRKPTS "</gpx>\n");

  start = g_get_monotonic_time ();
  track = import_string (text->str, "lol.gpx", &error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  if (track == NULL)
    {
      g_assert_true (error->domain == PF_IMPORT_ERROR);
      g_assert_true (g_str_has_prefix (error->message, "lol.gpx"));
      return;
    }

  /* If it imports, nothing was expanded. */
  g_assert_cmpuint (strlen (pf_track_get_name (track)), <, 1000);
  for (guint i = 0; i < pf_track_get_n_waypoints (track); i++)
    {
      const PfWaypoint *w = pf_track_get_waypoint (track, i);

      g_assert_true (w->name == NULL || strlen (w->name) < 1000);
      g_assert_true (w->comment == NULL || strlen (w->comment) < 1000);
    }
}

static void
test_security_deep_nesting (void)
{
  g_autoptr(GString) text = g_string_new (GPX11_OPEN "<trk><trkseg>\n"
                                          "<trkpt lat=\"45\" lon=\"7\"/><trkpt lat=\"45.001\" lon=\"7\"/>\n"
                                          "</trkseg>\n<extensions>");
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;

  for (guint i = 0; i < 5000; i++)
    g_string_append (text, "<a>");
  for (guint i = 0; i < 5000; i++)
    g_string_append (text, "</a>");
  g_string_append (text, "</extensions></trk></gpx>\n");

  track = import_string (text->str, "deep.gpx", &error);
  if (track == NULL)
    {
      g_assert_true (error->domain == PF_IMPORT_ERROR);
      g_assert_true (g_str_has_prefix (error->message, "deep.gpx"));
    }
  else
    {
      g_assert_cmpuint (pf_track_get_n_points (track), ==, 2);
    }
}

static void
test_security_trkpt_deeper_than_limit (void)
{
  /* Rules match the exact parent chain: a <trkpt> nested in unknown elements is not a point. */
  static const char text[] =
    GPX11_OPEN
    "<trk><trkseg>\n"
    "<trkpt lat=\"45\" lon=\"7\"/><trkpt lat=\"45.001\" lon=\"7\"/>\n"
    "<foo><trkpt lat=\"60\" lon=\"60\"/></foo>\n"
    "</trkseg></trk>\n"
    "<trkpt lat=\"61\" lon=\"61\"/>\n"
    "</gpx>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = import_string (text, "nest.gpx", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, 2);
}

/* Numbers are read by a fast path for plain decimals and by g_ascii_strtod for the rest;
 * either way each must come out as the very double g_ascii_strtod gives, in every form a
 * course file uses: up to 17 digits, signs, leading zeros, no integer part, exponents. */
static void
test_gpx_numbers_exact (void)
{
  const char *fixed[] = {
    "0", "-0", "+12.5", "007.250", ".5", "5.", "1234.56789012345", "1234.567890123456",
    "0.000000000000001", "45.123456789012345", "-499.99999999999", "1e3", "2.5E-1",
    " 42.0 ", "8848.86", "0.1", "0.3", "8999.999999999999999", "-0.0000000000000000001",
  };
  g_autoptr(GString) gpx = g_string_new ("<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>\n");
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(PfTrack) track = NULL;
  const PfTrackPoint *points;

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    g_ptr_array_add (texts, g_strdup (fixed[i]));
  for (guint i = 0; i < 3000; i++)
    {
      /* Random magnitudes and digit counts, within the elevation's range. */
      int decimals = g_test_rand_int_range (0, 18);
      double v = g_test_rand_double_range (-499.0, 8999.0);

      g_ptr_array_add (texts, g_strdup_printf ("%.*f", decimals, v));
    }

  for (guint i = 0; i < texts->len; i++)
    g_string_append_printf (gpx, "<trkpt lat=\"%s\" lon=\"%.1f\"><ele>%s</ele></trkpt>\n",
                            i % 2 == 0 ? "45.5" : "-12.000000000000001", 7.0 + i * 1e-3,
                            (const char *) g_ptr_array_index (texts, i));
  g_string_append (gpx, "</trkseg></trk></gpx>\n");

  track = import_string (gpx->str, "numbers.gpx", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pf_track_get_n_points (track), ==, texts->len);
  points = pf_track_get_points (track);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      double expected = g_ascii_strtod (text, NULL);

      if (memcmp (&points[i].ele, &expected, sizeof (double)) != 0)
        g_error ("“%s” read as %.17g, not %.17g", text, points[i].ele, expected);
      g_assert_cmpfloat (points[i].lat, ==, i % 2 == 0 ? 45.5 : g_ascii_strtod ("-12.000000000000001", NULL));
    }
}

/* lat="0x10" was read as 16 (g_ascii_strtod reads hex): a point 3000 km away. Hex, "nan",
 * "inf", an overflow or a tail make a coordinate unreadable, and the point is dropped with a
 * note, as any other unreadable one. */
static void
test_coordinates_not_numbers (void)
{
  static const char * const bad[] = { "0x10", "0X2D", "nan", "inf", "-Infinity", "1e999",
                                      "45.0abc", "45,5" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GString) gpx = g_string_new ("<gpx version=\"1.1\" "
                                             "xmlns=\"http://www.topografix.com/GPX/1/1\">"
                                             "<trk><trkseg>");
      g_autoptr(GError) error = NULL;
      g_autoptr(PfTrack) track = NULL;
      const PfTrackPoint *points;

      for (guint k = 0; k < 5; k++)
        g_string_append_printf (gpx, "<trkpt lat=\"%s\" lon=\"7.0\"><ele>100</ele></trkpt>",
                                k == 2 ? bad[i] : (k == 0 ? "45.0" : k == 1 ? "45.001"
                                                   : k == 3 ? "45.003" : "45.004"));
      g_string_append (gpx, "</trkseg></trk></gpx>");
      track = import_string (gpx->str, "hex.gpx", &error);
      g_test_message ("lat=\"%s\"", bad[i]);
      g_assert_no_error (error);
      g_assert_cmpuint (pf_track_get_n_points (track), ==, 4);
      points = pf_track_get_points (track);
      for (guint k = 0; k < 4; k++)
        g_assert_cmpfloat (fabs (points[k].lat - 45.0), <, 0.01);
      g_assert_nonnull (find_note (track, "dropped 1 point", bad[i]));
      g_assert_cmpfloat (pf_track_get_length (track), <, 1000.0);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/gpx/track/segments", test_gpx_track_segments);
  g_test_add_func ("/import/gpx/track/real", test_gpx_track_real);
  g_test_add_func ("/import/gpx/numbers-exact", test_gpx_numbers_exact);
  g_test_add_func ("/import/gpx/route", test_gpx_route);
  g_test_add_func ("/import/gpx/route/elevation", test_gpx_route_with_elevation);
  g_test_add_func ("/import/gpx/route/name", test_gpx_route_name);
  g_test_add_func ("/import/gpx/track-over-route", test_gpx_track_preferred_over_route);
  g_test_add_func ("/import/gpx/waypoints-only", test_gpx_waypoints_only);
  g_test_add_func ("/import/gpx/waypoints-beside-track", test_gpx_waypoints_beside_track);
  g_test_add_func ("/import/gpx/version-1.0", test_gpx_version_1_0);
  g_test_add_func ("/import/gpx/version-1.1", test_gpx_version_1_1);
  g_test_add_func ("/import/gpx/prefixed-namespace", test_gpx_prefixed_namespace);
  g_test_add_func ("/import/gpx/no-namespace", test_gpx_no_namespace);
  g_test_add_func ("/import/gpx/foreign-root-namespace", test_gpx_foreign_root_namespace);
  g_test_add_func ("/import/gpx/bom", test_gpx_bom);
  g_test_add_func ("/import/gpx/iso-8859-1", test_gpx_iso_8859_1);
  g_test_add_func ("/import/gpx/names", test_gpx_names);
  g_test_add_func ("/import/gpx/foreign-namespaces", test_gpx_foreign_namespaces_ignored);
  g_test_add_func ("/import/gpx/garmin-extensions", test_gpx_garmin_extensions);
  g_test_add_func ("/import/gpx/air-temperature", test_gpx_air_temperature);
  g_test_add_func ("/import/gpx/foreign-extensions-in-point", test_gpx_foreign_extensions_inside_point);
  g_test_add_func ("/import/gpx/times", test_gpx_times);
  g_test_add_func ("/import/gpx/bad-time", test_gpx_bad_time);
  g_test_add_func ("/import/gpx/point-lines", test_gpx_point_lines);
  g_test_add_func ("/import/gpx/out-of-range", test_gpx_out_of_range);
  g_test_add_func ("/import/gpx/out-of-range/synthetic", test_gpx_out_of_range_synthetic);
  g_test_add_func ("/import/gpx/bad-values", test_gpx_bad_values);
  g_test_add_func ("/import/gpx/bad-values/others-kept", test_gpx_bad_position_kept_others);
  g_test_add_func ("/import/gpx/bad-elevation", test_gpx_bad_elevation);
  g_test_add_func ("/import/gpx/time-backwards", test_gpx_time_backwards);
  g_test_add_func ("/import/gpx/time-backwards/synthetic", test_gpx_time_backwards_synthetic);
  g_test_add_func ("/import/gpx/notes-counted-once", test_gpx_many_notes_counted_once);
  g_test_add_func ("/import/tcx/activity", test_tcx_activity);
  g_test_add_func ("/import/tcx/same-as-gpx", test_tcx_same_as_gpx);
  g_test_add_func ("/import/tcx/course-points", test_tcx_course_points);
  g_test_add_func ("/import/tcx/laps", test_tcx_laps);
  g_test_add_func ("/import/error/malformed", test_error_malformed);
  g_test_add_func ("/import/error/malformed/synthetic", test_error_malformed_synthetic);
  g_test_add_func ("/import/error/truncated", test_error_truncated);
  g_test_add_func ("/import/error/cut-short", test_error_cut_short);
  g_test_add_func ("/import/error/not-cut-short", test_error_not_cut_short);
  g_test_add_func ("/import/error/other-formats", test_error_other_formats);
  g_test_add_func ("/import/error/gzip-file", test_error_gzip_file);
  g_test_add_func ("/import/gpx/utf-16-without-bom", test_gpx_utf16_without_bom);
  g_test_add_func ("/import/error/special-files", test_error_special_files);
  g_test_add_func ("/import/error/unknown-format", test_error_unknown_format);
  g_test_add_func ("/import/error/not-xml", test_error_not_xml);
  g_test_add_func ("/import/error/quotes-cleaned", test_error_quotes_cleaned);
  g_test_add_func ("/import/error/empty", test_error_empty);
  g_test_add_func ("/import/error/too-few-points", test_error_too_few_points);
  g_test_add_func ("/import/error/missing-file", test_error_missing_file);
  g_test_add_func ("/import/file-and-stream", test_import_file_and_stream);
  g_test_add_func ("/import/cancelled", test_import_cancelled);
  g_test_add_func ("/import/values/coordinates-not-numbers", test_coordinates_not_numbers);
  g_test_add_func ("/import/security/external-entity", test_security_external_entity);
  g_test_add_func ("/import/security/external-dtd", test_security_external_dtd);
  g_test_add_func ("/import/security/billion-laughs", test_security_billion_laughs);
  g_test_add_func ("/import/security/deep-nesting", test_security_deep_nesting);
  g_test_add_func ("/import/security/misplaced-points", test_security_trkpt_deeper_than_limit);

  return g_test_run ();
}
