/* pf-import.c — the streaming reader loop shared by the GPX and TCX importers
 *
 * Course files come from anywhere, so they go through libxml2's xmlTextReader: streaming
 * (memory does not grow with the text), no network, no DTD loading and no entity
 * substitution. Elements are matched by namespace URI and local name against a small rule
 * table per format; anything else — extensions, unknown namespaces — is skipped with its
 * whole subtree.
 *
 * A FIT file is told by its header (".FIT" at byte 8) before libxml2 sees a byte, whatever
 * its name, and read by pf-import-fit.c instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pf-file-read.h"
#include "pf-import-private.h"
#include "pf-text.h"

G_DEFINE_QUARK (pf-import-error-quark, pf_import_error)

/* Deeper than any real course file; elements below this depth are ignored. */
#define MAX_DEPTH 64
#define ROOT_ID   1

static const char gpx_root[] = "gpx";
static const char tcx_root[] = "TrainingCenterDatabase";

/* The line the current node starts on. The parser itself may already be reading further
 * ahead (it works in chunks), so its own line number is only a fallback. */
guint
_pf_import_line (PfImportContext *ctx)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (ctx->reader);
  long line = node != NULL ? xmlGetLineNo (node) : -1;

  /* A node keeps its line in 16 bits: past line 65535 (a big file) only the parser knows,
   * a few lines ahead at most. */
  if (line <= 0 || line >= 65535)
    line = MAX (line, xmlTextReaderGetParserLineNumber (ctx->reader));

  return line > 0 ? (guint) line : 0;
}

void
_pf_import_set_error_at_line (PfImportContext *ctx,
                              PfImportError    code,
                              guint            line,
                              const char      *message)
{
  g_autofree char *said = NULL;

  if (ctx->error != NULL)
    return;

  /* The message may quote the file (its root element's name, libxml2's words about a tag or
   * an entity): cleaned like every text from outside, so that no escape sequence in a file
   * reaches the terminal that pacefuel-cli prints the error on. */
  said = pf_text_sanitize (message);
  if (line > 0)
    ctx->error = g_error_new (PF_IMPORT_ERROR, code, "%s:%u: %s", ctx->display_name, line, said);
  else
    ctx->error = g_error_new (PF_IMPORT_ERROR, code, "%s: %s", ctx->display_name, said);
}

/* Whether libxml2's error comes from the file's end, the document still open: a file cut
 * short (a download or a copy that stopped), which libxml2 reports as "Extra content at
 * the end of the document", "Couldn't find end of Start Tag" and the like. The parser has
 * then looked at every byte but white space; an error in the middle of a file leaves
 * bytes it has not looked at. */
static gboolean
ends_early (PfImportContext *ctx,
            const xmlError  *xml_error)
{
  xmlParserCtxtPtr parser = xml_error->ctxt;
  gsize left = 0;

  /* Before the first element, the file is empty or not XML: said so by the caller. Only the
   * parser's own errors carry its context. */
  if (ctx->error != NULL || ctx->root_closed || !ctx->input_done || !ctx->saw_element
      || (xml_error->domain != XML_FROM_PARSER && xml_error->domain != XML_FROM_NAMESPACE)
      /* A wrong end tag at the very end is a wrong name, not a cut ("</trk" cut from
       * "</trkpt>" is an end tag not finished). */
      || xml_error->code == XML_ERR_TAG_NAME_MISMATCH
      || parser == NULL || parser->input == NULL
      || parser->input->cur == NULL || parser->input->end == NULL)
    return FALSE;

  for (const xmlChar *p = parser->input->cur; p < parser->input->end && left <= 1; p++)
    left += !g_ascii_isspace (*p);
  /* The parser may stand one byte short of the end (a lone "<"). */
  return left <= 1;
}

#if LIBXML_VERSION >= 21200
static void
on_reader_error_cb (void            *user_data,
                    const xmlError  *xml_error)
#else
static void
on_reader_error_cb (void            *user_data,
                    xmlErrorPtr      xml_error)
#endif
{
  PfImportContext *ctx = user_data;
  g_autofree char *detail = NULL;
  g_autofree char *message = NULL;

  if (xml_error == NULL || xml_error->level < XML_ERR_ERROR)
    return;

  if (ends_early (ctx, xml_error))
    {
      _pf_import_set_error_at_line (ctx, PF_IMPORT_ERROR_MALFORMED,
                                    xml_error->line > 0 ? (guint) xml_error->line : 0,
                                    _("the file ends before the document does (cut short?)"));
      return;
    }

  /* libxml2 speaks of "extra content" or "start tag expected" where the user needs to
   * hear that the file is empty, or not XML at all. */
  if (!ctx->saw_content)
    {
      _pf_import_set_error_at_line (ctx, PF_IMPORT_ERROR_MALFORMED, 0,
                                    _("the file is empty"));
      return;
    }
  if (!ctx->saw_element)
    {
      _pf_import_set_error_at_line (ctx, PF_IMPORT_ERROR_MALFORMED, 0,
                                    _("the file holds no XML document: it is empty or not XML"));
      return;
    }

  detail = g_strstrip (g_strdup (xml_error->message != NULL ? xml_error->message : ""));
  /* Translators: %s is libxml2's own (English) description of the problem */
  message = g_strdup_printf (_("the file is not well-formed XML: %s"), detail);
  _pf_import_set_error_at_line (ctx, PF_IMPORT_ERROR_MALFORMED,
                                xml_error->line > 0 ? (guint) xml_error->line : 0, message);
}

static void
intern_rule_names (PfImportContext *ctx)
{
  guint n = 0;

  while (ctx->format->rules[n].name != NULL)
    n++;

  ctx->interned_names = g_new (const xmlChar *, n);
  for (guint i = 0; i < n; i++)
    ctx->interned_names[i] = xmlTextReaderConstString (ctx->reader,
                                                       (const xmlChar *) ctx->format->rules[i].name);
}

static gboolean
namespace_is_ours (PfImportContext *ctx,
                   const xmlChar   *ns)
{
  if (ns == NULL || ns[0] == '\0')
    return TRUE;

  /* Elements in scope of one declaration share its string: compare once per declaration. */
  if (ns != ctx->last_ns)
    {
      ctx->last_ns = ns;
      ctx->last_ns_ok = g_strv_contains (ctx->format->namespaces, (const char *) ns);
    }

  return ctx->last_ns_ok;
}

static int
lookup_element (PfImportContext *ctx,
                int              parent,
                const xmlChar   *ns,
                const xmlChar   *name,
                gboolean        *text)
{
  const PfElementRule *rules = ctx->format->rules;

  if (!namespace_is_ours (ctx, ns))
    return PF_ELEMENT_UNKNOWN;

  for (guint i = 0; rules[i].name != NULL; i++)
    {
      if (rules[i].parent == parent && ctx->interned_names[i] == name)
        {
          *text = rules[i].text;
          return rules[i].id;
        }
    }

  return PF_ELEMENT_UNKNOWN;
}

static gboolean
start_root (PfImportContext *ctx,
            const char      *ns,
            const char      *name)
{
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;

  if (strcmp (name, gpx_root) == 0)
    ctx->format = &_pf_import_gpx_format;
  else if (strcmp (name, tcx_root) == 0)
    ctx->format = &_pf_import_tcx_format;

  if (ctx->format != NULL
      && (ns == NULL || ns[0] == '\0' || g_strv_contains (ctx->format->namespaces, ns)))
    {
      intern_rule_names (ctx);
      return TRUE;
    }

  /* Google Earth's format: say which it is and what to do. */
  if (strcmp (name, "kml") == 0)
    {
      _pf_import_set_error_at_line (ctx, PF_IMPORT_ERROR_UNKNOWN_FORMAT, _pf_import_line (ctx),
                                    _("a KML file (Google Earth), not GPX or TCX: export the "
                                      "course as GPX"));
      return FALSE;
    }

  /* libxml2 takes names of up to 50 000 characters: show no more than a name's worth. */
  if (g_utf8_validate (name, -1, NULL) && g_utf8_strlen (name, -1) > 64)
    {
      g_autofree char *start = g_utf8_substring (name, 0, 64);

      shown = g_strconcat (start, "…", NULL);
    }
  /* Translators: %s is the name of the document's first XML element, e.g. kml */
  message = g_strdup_printf (_("not a GPX or TCX file (the document is <%s>)"),
                             shown != NULL ? shown : name);
  _pf_import_set_error_at_line (ctx, PF_IMPORT_ERROR_UNKNOWN_FORMAT, _pf_import_line (ctx),
                                message);
  return FALSE;
}

static void
read_document (PfImportContext *ctx)
{
  g_autoptr(GString) text = g_string_new (NULL);
  int stack[MAX_DEPTH] = { 0 };
  int capture_depth = -1;
  int ret;

  while ((ret = xmlTextReaderRead (ctx->reader)) == 1 && ctx->error == NULL)
    {
      int type = xmlTextReaderNodeType (ctx->reader);
      int depth = xmlTextReaderDepth (ctx->reader);

      if (type == XML_READER_TYPE_ELEMENT)
        {
          const xmlChar *name = xmlTextReaderConstLocalName (ctx->reader);
          const xmlChar *ns = xmlTextReaderConstNamespaceUri (ctx->reader);
          gboolean empty = xmlTextReaderIsEmptyElement (ctx->reader);
          gboolean wants_text = FALSE;
          int id = PF_ELEMENT_UNKNOWN;

          if (depth == 0)
            {
              if (!start_root (ctx, (const char *) ns, (const char *) name))
                break;
              id = ROOT_ID;
            }
          else if (depth < MAX_DEPTH && stack[depth - 1] != PF_ELEMENT_UNKNOWN)
            id = lookup_element (ctx, stack[depth - 1], ns, name, &wants_text);

          if (depth < MAX_DEPTH)
            stack[depth] = id;
          if (id == PF_ELEMENT_UNKNOWN)
            continue;

          ctx->root_closed = depth == 0 && empty;
          ctx->format->start (ctx, id);
          if (empty)
            ctx->format->end (ctx, id, wants_text ? "" : NULL);
          else if (wants_text)
            {
              g_string_truncate (text, 0);
              capture_depth = depth;
            }
        }
      else if (type == XML_READER_TYPE_END_ELEMENT)
        {
          ctx->root_closed = depth == 0;
          if (depth < MAX_DEPTH && stack[depth] != PF_ELEMENT_UNKNOWN)
            {
              gboolean captured = capture_depth == depth;

              capture_depth = captured ? -1 : capture_depth;
              ctx->format->end (ctx, stack[depth], captured ? text->str : NULL);
            }
        }
      else if (capture_depth >= 0
               && (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA
                   || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE))
        {
          const char *value = (const char *) xmlTextReaderConstValue (ctx->reader);
          gsize length = value != NULL ? strlen (value) : 0;

          /* libxml2 caps one text node at 10 MB, but comments between pieces of text would
           * let an element's text grow with the file. */
          if (text->len + length > PF_IMPORT_MAX_TEXT_LENGTH)
            {
              g_autofree char *message =
                g_strdup_printf (_("a text longer than %d kB: not a course"),
                                 PF_IMPORT_MAX_TEXT_LENGTH / 1024);

              _pf_import_set_error_at_line (ctx, PF_IMPORT_ERROR_TOO_LARGE, _pf_import_line (ctx),
                                            message);
              break;
            }
          g_string_append_len (text, value, length);
        }
    }

  if (ctx->error != NULL)
    return;

  if (ret < 0)
    {
      if (ctx->io_error != NULL)
        {
          _pf_import_set_error_at_line (ctx,
                                        ctx->io_error->domain == PF_IMPORT_ERROR
                                        ? ctx->io_error->code : PF_IMPORT_ERROR_OPEN,
                                        0, ctx->io_error->message);
          return;
        }
      _pf_import_set_error_at_line (ctx, PF_IMPORT_ERROR_MALFORMED, _pf_import_line (ctx),
                                    _("the file is not well-formed XML"));
      return;
    }

  if (ctx->format == NULL)
    _pf_import_set_error_at_line (ctx, PF_IMPORT_ERROR_UNKNOWN_FORMAT, 0,
                                  _("the file is empty or holds no XML document"));
}

/* Whether what was read holds anything but white space and a UTF-8 byte-order mark, and
 * a start tag, so that errors can say "empty" or "not XML" instead of libxml2's words.
 * Only the first bytes are scanned: the first element comes early in any real file. */
static void
note_content (PfImportContext *ctx,
              const char      *data,
              gsize            len)
{
  /* An empty file comes as no data at all (NULL), which memcpy may not be given. */
  if (len == 0)
    return;
  if (ctx->head_len < sizeof ctx->head)
    {
      gsize n = MIN (len, sizeof ctx->head - ctx->head_len);

      memcpy (ctx->head + ctx->head_len, data, n);
      ctx->head_len += n;
    }

  for (gsize i = 0; i < len && !ctx->saw_element; i++)
    {
      guchar c = (guchar) data[i];

      if (!ctx->saw_content)
        ctx->saw_content = !(g_ascii_isspace (c) || c == 0xEF || c == 0xBB || c == 0xBF);
      if (ctx->after_lt && (g_ascii_isalpha (c) || c == '_' || c >= 0x80))
        ctx->saw_element = TRUE;
      ctx->after_lt = c == '<';
    }
}

void
_pf_import_context_clear (PfImportContext *ctx)
{
  if (ctx->format_data != NULL)
    ctx->format->free_data (g_steal_pointer (&ctx->format_data));

  _pf_import_problem_clear (&ctx->bad_position);
  _pf_import_problem_clear (&ctx->no_position);
  _pf_import_problem_clear (&ctx->bad_elevation);
  _pf_import_problem_clear (&ctx->bad_time);
  _pf_import_problem_clear (&ctx->time_backwards);
  g_clear_error (&ctx->io_error);
  g_clear_error (&ctx->error);
  g_clear_pointer (&ctx->interned_names, g_free);
  g_clear_pointer (&ctx->track, pf_track_unref);
  g_clear_pointer (&ctx->reader, xmlFreeTextReader);
}

/* JSON given as a course: a Pacefuel plan (its first member is "format_version"), say, picked
 * where a course or a training run was asked for. */
static char *
sniff_json (PfImportContext *ctx)
{
  g_autofree char *head = g_strndup ((const char *) ctx->head, ctx->head_len);
  const char *p = head;

  while (g_ascii_isspace (*p))
    p++;
  if (*p != '{' && *p != '[')
    return NULL;
  if (strstr (p, "\"format_version\"") != NULL)
    return g_strdup (_("a Pacefuel plan, not a course: open it as a plan"));
  return g_strdup (_("a JSON file, not GPX or TCX"));
}

/* The end every format shares: the track named after the file when the file names nothing,
 * and at least two usable points. @none_message says what the file lacks when it has none
 * (NULL: no track, route or waypoints). */
void
_pf_import_check_track (PfImportContext *ctx,
                        const char      *none_message)
{
  if (ctx->track->name == NULL)
    {
      g_autofree char *basename = g_path_get_basename (ctx->display_name);
      char *dot = strrchr (basename, '.');

      if (dot != NULL && dot != basename)
        *dot = '\0';
      _pf_track_set_name (ctx->track, basename);
    }

  if (ctx->error == NULL && ctx->track->points->len < 2)
    {
      g_autofree char *message = NULL;

      if (ctx->track->points->len == 1)
        message = g_strdup (_("the file holds a single usable point; a course needs at least two"));
      else if (ctx->bad_position.count > 0)
        /* The notes die with the import: say here why the points were unusable. */
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "no usable position: %u point has a latitude or longitude that is not a number or out of range (line %u: “%s”)",
                                                "no usable position: %u points have a latitude or longitude that is not a number or out of range (first at line %u: “%s”)",
                                                ctx->bad_position.count),
                                   ctx->bad_position.count, ctx->bad_position.first_line,
                                   ctx->bad_position.example != NULL ? ctx->bad_position.example : "");
      else if (none_message != NULL)
        message = g_strdup (none_message);
      else
        message = g_strdup (_("the file holds no track, route or waypoints with a usable position"));
      _pf_import_set_error_at_line (ctx, PF_IMPORT_ERROR_TOO_FEW_POINTS, 0, message);
    }
}

/* NONET: never fetch anything; no NOENT (no entity substitution), no DTDLOAD/DTDATTR.
 * BIG_LINES: line numbers past 65535 for text (see _pf_import_line). */
#define READER_OPTIONS \
  (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_BIG_LINES | XML_PARSE_NOBLANKS)

static PfTrack *
import_with_reader (PfImportContext  *ctx,
                    GError          **error)
{
  if (ctx->reader == NULL)
    {
      g_set_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_OPEN,
                   _("%s: the file could not be read"), ctx->display_name);
      _pf_import_context_clear (ctx);
      return NULL;
    }

  xmlTextReaderSetStructuredErrorHandler (ctx->reader, on_reader_error_cb, ctx);
  ctx->track = _pf_track_new (ctx->display_name, PF_TRACK_FORMAT_GPX);

  read_document (ctx);

  /* A compressed file, UTF-32, a plan…: named, rather than libxml2's words. (FIT never comes
   * here: it is told by its header before libxml2 sees a byte.) */
  if (ctx->error != NULL
      && (g_error_matches (ctx->error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_MALFORMED)
          || g_error_matches (ctx->error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_UNKNOWN_FORMAT)))
    {
      g_autofree char *what = pf_file_sniff (ctx->head, ctx->head_len);

      if (what == NULL)
        what = sniff_json (ctx);

      if (what != NULL)
        {
          g_clear_error (&ctx->error);
          _pf_import_set_error_at_line (ctx, PF_IMPORT_ERROR_UNKNOWN_FORMAT, 0, what);
        }
    }

  if (ctx->error == NULL)
    {
      ctx->track->format = ctx->format == &_pf_import_tcx_format ? PF_TRACK_FORMAT_TCX
                                                                 : PF_TRACK_FORMAT_GPX;
      ctx->format->finish (ctx);
      _pf_import_add_problem_notes (ctx);

      _pf_import_check_track (ctx, NULL);
    }

  if (ctx->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&ctx->error));
      _pf_import_context_clear (ctx);
      return NULL;
    }

  {
    PfTrack *track = g_steal_pointer (&ctx->track);

    _pf_import_context_clear (ctx);
    return track;
  }
}

PfTrack *
pf_import_bytes (GBytes      *bytes,
                 const char  *display_name,
                 GError     **error)
{
  PfImportContext ctx = { 0 };
  gsize size = 0;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > PF_IMPORT_MAX_FILE_SIZE)
    {
      g_set_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_LARGE,
                   _("%s: the file is too large"), display_name);
      return NULL;
    }

  /* FIT is binary: its header says so at byte 8, whatever the file's name. */
  if (_pf_import_fit_sniff ((const guint8 *) data, size))
    {
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);

      return _pf_import_fit_stream (stream, display_name, NULL, error);
    }

  ctx.display_name = display_name;
  ctx.input_done = TRUE;
  note_content (&ctx, data, size);
  ctx.reader = xmlReaderForMemory (data != NULL ? data : "", (int) size, NULL, NULL,
                                   READER_OPTIONS);
  return import_with_reader (&ctx, error);
}

typedef struct
{
  GInputStream    *stream;
  GCancellable    *cancellable;
  PfImportContext *ctx;
  goffset          read;
} StreamSource;

static int
on_stream_read_cb (void *user_data,
                   char *buffer,
                   int   len)
{
  StreamSource *source = user_data;
  gssize n;

  if (source->ctx->io_error != NULL)
    return -1;

  n = g_input_stream_read (source->stream, buffer, (gsize) len, source->cancellable,
                           &source->ctx->io_error);
  source->ctx->input_done = n == 0;
  if (n > 0)
    {
      note_content (source->ctx, buffer, (gsize) n);
      source->read += n;
      if (source->read > PF_IMPORT_MAX_FILE_SIZE)
        {
          g_set_error (&source->ctx->io_error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_LARGE,
                       _("the file is larger than %d MB: not a course"),
                       PF_IMPORT_MAX_FILE_SIZE / (1024 * 1024));
          return -1;
        }
    }
  return n < 0 ? -1 : (int) n;
}

static int
on_stream_close_cb (void *user_data)
{
  return 0;
}

PfTrack *
pf_import_stream (GInputStream  *stream,
                  const char    *display_name,
                  GCancellable  *cancellable,
                  GError       **error)
{
  PfImportContext ctx = { 0 };
  StreamSource source = { NULL, cancellable, &ctx, 0 };
  g_autoptr(GInputStream) buffered = NULL;
  const guint8 *head;
  gsize available = 0;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The first bytes say whether it is FIT (binary, its own reader) or text for libxml2; the
   * buffer gives them back to whichever reads the file. A read error here is met again, and
   * reported, by the reader. */
  buffered = g_buffered_input_stream_new (stream);
  for (;;)
    {
      gssize n;

      head = g_buffered_input_stream_peek_buffer (G_BUFFERED_INPUT_STREAM (buffered), &available);
      if (available >= PF_IMPORT_FIT_HEADER_MAX)
        break;
      n = g_buffered_input_stream_fill (G_BUFFERED_INPUT_STREAM (buffered),
                                        PF_IMPORT_FIT_HEADER_MAX - available, cancellable, NULL);
      if (n <= 0)
        break;
    }
  head = g_buffered_input_stream_peek_buffer (G_BUFFERED_INPUT_STREAM (buffered), &available);
  if (_pf_import_fit_sniff (head, available))
    return _pf_import_fit_stream (buffered, display_name, cancellable, error);

  source.stream = buffered;
  ctx.display_name = display_name;
  ctx.reader = xmlReaderForIO (on_stream_read_cb, on_stream_close_cb, &source, NULL, NULL,
                               READER_OPTIONS);
  return import_with_reader (&ctx, error);
}

static PfTrack *
import_gfile (GFile         *file,
              const char    *display_name,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  goffset size = 0;

  /* A named pipe, a device or a socket is refused without blocking (pf-file-read.c). */
  stream = pf_file_open_regular (file, display_name, &size, cancellable, &local_error);
  if (stream == NULL)
    {
      g_set_error_literal (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_OPEN, local_error->message);
      return NULL;
    }

  /* An absurd file is refused before a byte of it is parsed; the stream's reader counts the
   * bytes anyway, whatever the size said. */
  if (size > PF_IMPORT_MAX_FILE_SIZE)
    {
      g_set_error (error, PF_IMPORT_ERROR, PF_IMPORT_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %d MB: not a course"), display_name,
                   PF_IMPORT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  return pf_import_stream (stream, display_name, cancellable, error);
}

/* Messages name the file by its basename: what the user picked in the file chooser. */
PfTrack *
pf_import_file (GFile         *file,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autofree char *basename = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  basename = g_file_get_basename (file);
  return import_gfile (file, basename != NULL ? basename : "?", cancellable, error);
}

/* Messages name the file by the path as given: what the user typed on the command line. */
PfTrack *
pf_import_path (const char  *path,
                GError     **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_file_new_for_commandline_arg (path);
  return import_gfile (file, path, NULL, error);
}

