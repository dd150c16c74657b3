/* pf-race-bands.h — real races' split times, aggregated by finish band, against the plan
 *
 * Shared by the validation tests and pf-validate (which recomputes the fade's fit and
 * docs/validation.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pacefuel-core.h"

G_BEGIN_DECLS

/* The official split points of the Boston Marathon's results: 5K, 10K, 20K, half, 25K, 30K,
 * 35K, 40K and the finish; nine segments. */
#define PF_RACE_N_SEGMENTS 9
extern const double pf_race_split_m[PF_RACE_N_SEGMENTS + 1];

/* The finishers of one band of finish times, from one half of the rows.
 * ratio[s]: the mean over the finishers of
 * (segment time / segment length) / (finish / distance). */
typedef struct
{
  char   parity;   /* 'e': even data rows (2, 4, … after the header), 'o': odd ones */
  double lo_s;     /* finish ≥ lo_s … */
  double hi_s;     /* … and < hi_s */
  guint  n;
  double ratio[PF_RACE_N_SEGMENTS];
} PfRaceBand;

/* The width of the bands in the shipped files; wider bands are merged from them exactly. */
#define PF_RACE_BAND_WIDTH_S 600.0

GArray  *pf_race_bands_aggregate (const char       *raw_csv,
                                  guint            *n_rows,
                                  guint            *n_used,
                                  GError          **error);
void     pf_race_bands_write     (const GArray     *bands,
                                  GString          *out);
GArray  *pf_race_bands_load      (const char       *path,
                                  GError          **error);
gboolean pf_race_bands_merge     (const GArray     *bands,
                                  char              parity,
                                  double            lo_s,
                                  double            hi_s,
                                  PfRaceBand       *merged);

/* The even-effort plan of a race-day like Boston 2013's (10 °C, dew point 3 °C, no heat
 * cost) over @track scaled to the marathon, finishing in @goal_s. */
PfPlan  *pf_race_plan            (PfTrack          *track,
                                  double            goal_s,
                                  GError          **error);
/* The plan's segment-pace ratios, each stretch's time multiplied by the fade at its middle
 * (@fade NULL: as prescribed). */
void     pf_race_plan_ratios     (const PfPlan     *plan,
                                  const PfFade     *fade,
                                  double            ratio[PF_RACE_N_SEGMENTS]);
void     pf_race_realistic_ratios (const PfPlan    *plan,
                                  double           ratio[PF_RACE_N_SEGMENTS]);
/* Ely 2007's top men: 4.5 − 1.7 points between the warmest and the coolest WBGT quartile; a
 * winner's level. */
#define PF_VALIDATION_ELY_TOP_MEN_RISE 2.8
#define PF_VALIDATION_ELY_ELITE_S      (2.1 * 3600.0)
double   pf_validation_ely_rise  (PfHeatModel       model,
                                  double            level_s);
double   pf_race_rmse            (const double     *model,
                                  const double     *observed);

/* The fade that fits one band best (least squares on observed / prescribed − 1). */
void     pf_race_fit_band        (const double     *observed,
                                  const double     *prescribed,
                                  PfFade           *fade);

/* The fade by level: per band of the even rows, then linear in the band's middle (hours). */
#define PF_RACE_FIT_MAX_BANDS 32
#define PF_RACE_FIT_LO_S      (150.0 * 60.0)
#define PF_RACE_FIT_HI_S      (240.0 * 60.0)
#define PF_RACE_FIT_MIN_N     50

typedef struct
{
  guint  n_bands;
  double band_lo_s[PF_RACE_FIT_MAX_BANDS];
  double band_hi_s[PF_RACE_FIT_MAX_BANDS];
  guint  band_n[PF_RACE_FIT_MAX_BANDS];
  PfFade band_fade[PF_RACE_FIT_MAX_BANDS];
  double linear_at_3h;
  double linear_per_hour;
  double quadratic_at_3h;
  double quadratic_per_hour;
  double min_hours;          /* the middles of the first and last bands fitted */
  double max_hours;
} PfFadeFit;

gboolean pf_race_fit             (const GArray     *bands,
                                  PfTrack          *track,
                                  PfFadeFit        *fit,
                                  GError          **error);

G_END_DECLS
