/* pf-import-private.h — the streaming reader shared by the GPX and TCX importers
 *
 *   pf-import.c         the libxml2 reader loop, the element stack matched against a format's
 *                       rules, errors as NAME:LINE: problem, and the entry points
 *   pf-import-points.c  a point assembled and checked, the problems counted and noted
 *   pf-import-values.c  numbers and ISO 8601 times as course files write them
 *   pf-import-gpx.c     GPX: its rules, and how a point or waypoint is put together
 *   pf-import-tcx.c     TCX: the same
 *   pf-import-fit.c     FIT: a binary format, decoded by its own streaming reader, which
 *                       shares the points' checks, the notes and the errors; what its
 *                       messages become is decoded in pf-import-fit-messages.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/xmlreader.h>

#include "pf-import.h"
#include "pf-track-private.h"

G_BEGIN_DECLS

/* Element ids are per format; 0 always means "not ours: ignore it and everything inside". */
#define PF_ELEMENT_UNKNOWN 0

typedef struct
{
  int         parent;  /* id of the enclosing element */
  const char *name;    /* local name */
  int         id;
  gboolean    text;    /* collect the element's text for the end callback */
} PfElementRule;

typedef struct _PfImportContext PfImportContext;

typedef struct
{
  const char * const  *namespaces;  /* accepted namespace URIs; no namespace is accepted too */
  const PfElementRule *rules;       /* terminated by a rule whose name is NULL */
  void               (*start)       (PfImportContext *ctx,
                                     int              id);
  void               (*end)         (PfImportContext *ctx,
                                     int              id,
                                     const char      *text);
  void               (*finish)      (PfImportContext *ctx);
  void               (*free_data)   (gpointer         format_data);
} PfImportFormat;

/* A point being assembled from its element, its attributes and its children. */
typedef struct
{
  double   lat;
  double   lon;
  double   ele;
  gint64   time_us;
  guint    line;
  double   distance_m;     /* the device's own: FIT records, TCX DistanceMeters; NAN otherwise */
  float    heart_rate;
  float    temperature_c;
  gboolean has_lat;
  gboolean has_lon;
  gboolean bad_position;
} PfPendingPoint;

/* Counted problems, reported once each as a note with the first line they occurred on. */
typedef struct
{
  guint  count;
  guint  first_line;
  char  *example;  /* the first offending text, when there is one */
} PfProblem;

struct _PfImportContext
{
  xmlTextReaderPtr      reader;
  const char           *display_name;
  const PfImportFormat *format;
  PfTrack              *track;
  gpointer              format_data;
  GError               *error;

  PfProblem             bad_position;
  PfProblem             no_position;
  PfProblem             bad_elevation;
  PfProblem             bad_time;
  PfProblem             time_backwards;
  GError               *io_error;
  gboolean              saw_content;   /* anything but white space and a BOM was read */
  gboolean              saw_element;   /* a start tag: "<" then a name */
  gboolean              after_lt;      /* the last chunk ended on "<" */
  guint8                head[64];      /* the file's first bytes, to name other formats */
  guint                 head_len;
  gboolean              input_done;    /* every byte of the file has been given to libxml2 */
  gboolean              root_closed;   /* the document's end tag was read */

  /* The rule names interned in the reader's dictionary: element names come from the same
   * dictionary, so matching is a pointer comparison, not a strcmp per element. */
  const xmlChar       **interned_names;
  const xmlChar        *last_ns;       /* the last namespace URI seen, and whether it is ours */
  gboolean              last_ns_ok;
};

/* pf-import.c */
guint    _pf_import_line               (PfImportContext      *ctx);
void     _pf_import_set_error_at_line  (PfImportContext      *ctx,
                                        PfImportError         code,
                                        guint                 line,
                                        const char           *message);

/* pf-import-points.c */
void     _pf_import_point_begin        (PfImportContext      *ctx,
                                        PfPendingPoint       *point,
                                        gboolean              position_in_attributes);
void     _pf_import_point_set_lat      (PfImportContext      *ctx,
                                        PfPendingPoint       *point,
                                        const char           *text);
void     _pf_import_point_set_lon      (PfImportContext      *ctx,
                                        PfPendingPoint       *point,
                                        const char           *text);
void     _pf_import_point_set_ele      (PfImportContext      *ctx,
                                        PfPendingPoint       *point,
                                        const char           *text);
void     _pf_import_point_set_time     (PfImportContext      *ctx,
                                        PfPendingPoint       *point,
                                        const char           *text);
void     _pf_import_point_set_distance (PfImportContext      *ctx,
                                        PfPendingPoint       *point,
                                        const char           *text);
void     _pf_import_point_set_temperature (PfImportContext   *ctx,
                                           PfPendingPoint    *point,
                                           const char        *text);
gboolean _pf_import_point_end          (PfImportContext      *ctx,
                                        const PfPendingPoint *point,
                                        guint                 part,
                                        GArray               *points);
void     _pf_import_set_points         (PfImportContext      *ctx,
                                        GArray               *points,
                                        PfTrackSource         source);
void     _pf_import_add_problem_notes  (PfImportContext      *ctx);
void     _pf_import_problem_clear      (PfProblem            *problem);

/* pf-import-values.c */
gboolean _pf_import_parse_double       (const char           *text,
                                        double               *value);
gboolean _pf_import_parse_time         (const char           *text,
                                        gint64               *time_us);

/* pf-import.c: the end shared by every format: the track's name, at least two points. */
void     _pf_import_context_clear      (PfImportContext      *ctx);
void     _pf_import_check_track        (PfImportContext      *ctx,
                                        const char           *none_message);

/* pf-import-fit.c: whether the first bytes are a FIT file's header, and the reader. The
 * header is 12 or 14 bytes long: 14 are enough to tell. */
#define PF_IMPORT_FIT_HEADER_MAX 14

gboolean _pf_import_fit_sniff          (const guint8         *head,
                                        gsize                 length);
PfTrack *_pf_import_fit_stream         (GInputStream         *stream,
                                        const char           *display_name,
                                        GCancellable         *cancellable,
                                        GError              **error);

extern const PfImportFormat _pf_import_gpx_format;
extern const PfImportFormat _pf_import_tcx_format;

G_END_DECLS
