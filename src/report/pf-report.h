/* pf-report.h — the printed plan: pages drawn on any cairo surface (print dialog, PDF)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "core/pf-plan.h"
#include "pf-units.h"

G_BEGIN_DECLS

typedef enum
{
  PF_PAPER_A4,
  PF_PAPER_LETTER,
  PF_PAPER_A4_LANDSCAPE,      /* turned: the race sheet's wide table on one page */
  PF_PAPER_LETTER_LANDSCAPE,
} PfPaper;

typedef struct _PfReport PfReport;

void        pf_paper_size            (PfPaper       paper,
                                      double       *width_pt,
                                      double       *height_pt);
gboolean    pf_paper_from_string     (const char   *text,
                                      PfPaper      *paper);

PfReport   *pf_report_new            (const PfPlan *plan,
                                      const char   *title,
                                      PfUnitSystem  units,
                                      double        width_pt,
                                      double        height_pt);
void        pf_report_free           (PfReport     *self);
guint       pf_report_get_n_pages    (PfReport     *self);
void        pf_report_draw_page      (PfReport     *self,
                                      cairo_t      *cr,
                                      guint         page);
gboolean    pf_report_write_pdf      (const PfPlan *plan,
                                      const char   *title,
                                      PfUnitSystem  units,
                                      PfPaper       paper,
                                      GFile        *file,
                                      GError      **error);
gboolean    pf_race_sheet_write_pdf  (const PfPlan *plan,
                                      const char   *title,
                                      PfUnitSystem  units,
                                      PfPaper       paper,
                                      GFile        *file,
                                      GError      **error);
gboolean    pf_race_card_write_pdf   (const PfPlan *plan,
                                      const char   *title,
                                      PfUnitSystem  units,
                                      PfPaper       paper,
                                      GFile        *file,
                                      GError      **error);
gboolean    pf_pace_band_write_pdf   (const PfPlan *plan,
                                      const char   *title,
                                      PfUnitSystem  units,
                                      PfPaper       paper,
                                      GFile        *file,
                                      GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PfReport, pf_report_free)

G_END_DECLS
