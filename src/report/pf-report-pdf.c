/* pf-report-pdf.c — the printed plan as a PDF file, and the PDF plumbing the pace band
 * shares: a surface that writes into memory, then the whole file put in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-report"

#include "config.h"

#include <cairo-pdf.h>

#include "pf-export.h"
#include "pf-report-private.h"

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* PDF into memory, then into place atomically: never a half-written file. */
static gboolean
save_pdf (GByteArray  *pdf,
          GFile       *file,
          GError     **error)
{
  return pf_export_replace_contents (file, (const char *) pdf->data, pdf->len, error);
}

/* A drawing on a PDF of @paper that writes into @pdf, with the app as its creator and
 * @title, when given; the page's size in points goes to @width and @height. End it with
 * _pf_report_finish_pdf (). */
cairo_t *
_pf_report_pdf_begin (GByteArray *pdf,
                      PfPaper     paper,
                      const char *title,
                      double     *width,
                      double     *height)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  pf_paper_size (paper, width, height);
  surface = cairo_pdf_surface_create_for_stream (append_bytes, pdf, *width, *height);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Pacefuel " PACKAGE_VERSION);
  cr = cairo_create (surface);
  cairo_surface_destroy (surface);
  return cr;
}

/* Ends the drawing (@cr is consumed), completes the PDF and puts it in place. */
gboolean
_pf_report_finish_pdf (cairo_t     *cr,
                       GByteArray  *pdf,
                       GFile       *file,
                       GError     **error)
{
  cairo_surface_t *surface = cairo_surface_reference (cairo_get_target (cr));

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return save_pdf (pdf, file, error);
}

gboolean
pf_report_write_pdf (const PfPlan *plan,
                     const char   *title,
                     PfUnitSystem  units,
                     PfPaper       paper,
                     GFile        *file,
                     GError      **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(PfReport) report = NULL;
  cairo_t *cr;
  double width, height;

  pf_paper_size (paper, &width, &height);
  report = pf_report_new (plan, title, units, width, height);
  cr = _pf_report_pdf_begin (pdf, paper, report->title, &width, &height);
  for (guint page = 0; page < pf_report_get_n_pages (report); page++)
    {
      pf_report_draw_page (report, cr, page);
      cairo_show_page (cr);
    }

  return _pf_report_finish_pdf (cr, pdf, file, error);
}

/* Corner marks just outside the rectangle, to cut a band or a card out along. */
void
_pf_report_cut_marks (cairo_t *cr,
                      double   x,
                      double   y,
                      double   w,
                      double   h)
{
  const double m = 8.0;
  double xs[] = { x, x + w }, ys[] = { y, y + h };

  cairo_set_line_width (cr, 0.4);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < 2; i++)
    for (guint j = 0; j < 2; j++)
      {
        double dx = i == 0 ? -1 : 1, dy = j == 0 ? -1 : 1;

        cairo_move_to (cr, xs[i] + dx * 2, ys[j]);
        cairo_line_to (cr, xs[i] + dx * (2 + m), ys[j]);
        cairo_move_to (cr, xs[i], ys[j] + dy * 2);
        cairo_line_to (cr, xs[i], ys[j] + dy * (2 + m));
      }
  cairo_stroke (cr);
}
