/* pf-race-sheet-private.h — the race sheet and its card, laid out before they are drawn
 *
 *   pf-race-stops.c   the stops of race day: start, each aid station, what is taken on the
 *                     way, the finish — with what to drink and take, and the running totals
 *   pf-race-sheet.c   the one-page race sheet
 *   pf-race-card.c    the 10 × 7 cm card for the bib or the wrist
 *
 * Tests read these structures to check what the runner will read and that it fits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pf-plan.h"
#include "pf-report.h"
#include "pf-sheet-table.h"
#include "pf-units.h"

G_BEGIN_DECLS

typedef enum
{
  STOP_START,
  STOP_STATION,
  STOP_ON_THE_WAY,   /* an intake between stations: from the bottle or a gel carried */
  STOP_FINISH,
} StopKind;

typedef struct
{
  StopKind  kind;
  guint     number;         /* stations: 1, 2, … as the profile strip numbers them */
  double    distance_m;
  double    elapsed_s;
  char     *name;           /* the station's name; NULL elsewhere */
  char     *drink;          /* "2 cups of sports drink"; "" for nothing */
  char     *take;           /* "1 × Energy gel" (short names); "" for nothing */
  char     *card;           /* what to drink and take, in a card's few words: "2 water, Energy gel" */
  char     *on_the_way;     /* folded: what is taken since the last station, "" for nothing */
  char     *on_the_way_short;  /* the card's: "before: 3 sips, Energy gel" */
  gboolean  refill;         /* a station where the bottle is refilled */
  double    carbs_g;        /* from the start up to and with this stop */
  double    fluid_l;
} RaceStop;

typedef enum
{
  PF_STOPS_EACH,
  PF_STOPS_FOLD_HOURLY,
  PF_STOPS_FOLD,
} StopsFold;

GArray   *_pf_race_stops_new        (const PfPlan  *plan,
                                     PfUnitSystem   units,
                                     StopsFold      fold);

/* The race sheet, as laid out on one page. */
typedef struct
{
  double       width, height;
  PfUnitSystem units;
  char        *title;           /* the athlete, or the plan's title */
  char        *subtitle;        /* the race, its date, distance and climb */
  guint        n_facts;
  char        *fact_labels[5];  /* Goal, By feel, Target pace, Start, Weather */
  char        *fact_values[5];
  char        *carry;           /* what to carry from the start, and where to refill */
  GPtrArray   *watch;           /* the top warnings in plain words */
  char        *footer;
  GArray      *stops;           /* RaceStop */
  SheetTable  *table;
  gboolean     folded;          /* intakes on the way folded into the station after them */
  double       profile_h;
  double       table_y;         /* where the table starts on the page */
  double       bottom;          /* where the last block ends */
  gboolean     fits;            /* everything within the margins, at a readable size */
} PfRaceSheet;

#define RACE_SHEET_MARGIN     36.0     /* 12.7 mm: what any home printer prints */
#define RACE_SHEET_MIN_FONT   7.0      /* the table's smallest: still read at arm's length */

PfRaceSheet *_pf_race_sheet_new      (const PfPlan  *plan,
                                      const char    *title,
                                      PfUnitSystem   units,
                                      double         width,
                                      double         height,
                                      PangoContext  *measure);
void         _pf_race_sheet_free     (PfRaceSheet   *sheet);
void         _pf_race_sheet_draw     (PfRaceSheet   *sheet,
                                      const PfPlan  *plan,
                                      cairo_t       *cr);

/* The card, as laid out at its own size. */
#define RACE_CARD_W           283.5    /* 100 mm */
#define RACE_CARD_H           198.4    /* 70 mm */
#define RACE_CARD_MIN_FONT    5.5

typedef struct
{
  char        *title;           /* the athlete and the goal */
  SheetTable  *table;
  guint        n_columns_of_rows;  /* the rows in one or two side-by-side tables */
  SheetTable  *second;          /* the second half, when two */
  double       title_h;
  gboolean     fits;
} PfRaceCard;

PfRaceCard  *_pf_race_card_new       (const PfPlan  *plan,
                                      const char    *title,
                                      PfUnitSystem   units,
                                      PangoContext  *measure);
void         _pf_race_card_free      (PfRaceCard    *card);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PfRaceSheet, _pf_race_sheet_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PfRaceCard, _pf_race_card_free)

G_END_DECLS
