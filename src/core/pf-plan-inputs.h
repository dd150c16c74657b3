/* pf-plan-inputs.h — everything the runner or coach chose; saved as the plan document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "pf-grade-model.h"
#include "pf-heat.h"
#include "pf-product.h"
#include "pf-runner-profile.h"
#include "pf-sweat.h"
#include "pf-track.h"

G_BEGIN_DECLS

typedef enum
{
  PF_PACE_MODE_GOAL,    /* solve the pace that finishes in goal_time_s */
  PF_PACE_MODE_EFFORT,  /* run at the effort a recent race predicts */
} PfPaceMode;

typedef enum
{
  PF_STRATEGY_EVEN_EFFORT,  /* equal grade-adjusted effort (default) */
  PF_STRATEGY_EVEN_PACE,    /* the same pace everywhere, hills or not */
  PF_STRATEGY_NEGATIVE,     /* second half strategy_pct % faster than the first */
  PF_STRATEGY_POSITIVE,     /* second half strategy_pct % slower than the first */
} PfStrategy;

typedef enum
{
  PF_SPLIT_KM,
  PF_SPLIT_MILE,
  PF_SPLIT_AID,  /* at every aid station, and the finish */
} PfSplitUnit;

typedef enum
{
  PF_HUMIDITY_RELATIVE,   /* per cent */
  PF_HUMIDITY_DEW_POINT,  /* °C */
} PfHumidityKind;

/* A recent race result, the basis of predictions and of effort mode. */
typedef struct
{
  double distance_m;
  double time_s;
  gint64 date;        /* local date as seconds since 1970, 0 when not given */
} PfRaceResult;

/* One hour of race-day weather at local wall-clock time. */
typedef struct
{
  gint64 time;       /* local wall-clock time as seconds since 1970-01-01 00:00 (no zone) */
  double temp_c;
  double humidity;   /* per humidity_kind */
} PfWeatherHour;

/* Open-Meteo's data is CC BY 4.0: wherever forecast weather is shown, this goes with it. */
#define PF_FORECAST_ATTRIBUTION "Weather data by Open-Meteo.com (CC BY 4.0)"

typedef struct
{
  PfHumidityKind humidity_kind;
  double         humidity;       /* RH % or dew point °C, for the whole race */
  double         start_temp_c;   /* at the start … */
  double         finish_temp_c;  /* … and at the finish, linear in between (NAN: same) */
  GArray        *hours;          /* PfWeatherHour sorted by time; when not empty it wins */
  /* Where @hours came from when a forecast filled them (NULL: typed by hand) and when it was
   * fetched (UTC seconds since 1970): saved with the plan, so it reopens offline and says how
   * old its weather is. */
  char          *forecast_source;
  gint64         forecast_fetched_at;
} PfConditions;

typedef enum
{
  PF_DRINK_PLANNED,  /* volumes to drink at each intake */
  PF_DRINK_THIRST,   /* drink to thirst; the volumes are upper bounds */
} PfDrinkMode;

typedef struct
{
  double      mass_kg;
  double      height_cm;
  double      sweat_rate_l_per_h;     /* typed, at the reference conditions; 0: none */
  gboolean    has_sweat_test;
  PfSweatTest sweat_test;             /* wins over a typed rate */
  double      sweat_sodium_mg_per_l;  /* a band's (PfSodiumBand) or a measured value */
  gboolean    cramp_prone;
  double      gut_max_g_per_h;        /* carbohydrate the gut is trained for */
} PfRunner;

/* What an aid station offers; unlisted stations offer water and sports drink.
 * A station that offers nothing is left out: that is how a runner removes one of the
 * course's stations (and moves it: removed here, added there). */
typedef enum
{
  PF_OFFERS_WATER  = 1 << 0,
  PF_OFFERS_SPORTS = 1 << 1,
  PF_OFFERS_GELS   = 1 << 2,
  PF_OFFERS_FOOD   = 1 << 3,
} PfOffers;

#define PF_OFFERS_DEFAULT (PF_OFFERS_WATER | PF_OFFERS_SPORTS)

/* The runner's word on a station: what it offers and what they call it; one of the course's
 * within 100 m of its distance, one of the runner's at it (pf-aid-stations.c reads and writes
 * these). */
typedef struct
{
  double   distance_m;
  PfOffers offers;
  char    *name;         /* NULL: the file's name, if any */
} PfAidOffer;

/* A station's name is at most this many bytes: a label on a row and a pace band, not a note. */
#define PF_AID_NAME_MAX 80

void    pf_aid_offer_clear     (gpointer data);
GArray *pf_aid_offer_array_new (void);

/* "A station every …" (pf_plan_inputs_add_aid_every): stations closer together than this are
 * a typing mistake (metres for kilometres), not a plan. */
#define PF_AID_EVERY_MIN_M 500.0
/* A station this near the finish is left out: the finish is the next drink. */
#define PF_AID_FINISH_GAP_M 500.0
/* A station this near one already listed is that station, not a second one. */
#define PF_AID_SAME_M 50.0

/* Who the plan is for: a coach makes one per athlete, and every printed page, file name and
 * the CLI's text say whose it is. All optional (NULL: not given), owned by the inputs. */
typedef struct
{
  char *name;
  char *club;   /* club or coach */
  char *notes;  /* free text for the coach and the runner: the full plan's first page and the
                 * CLI's text print them, not the race-day pages */
} PfAthlete;

/* Limits in characters (pf_plan_inputs_validate): a name and a club fit a page's header line,
 * notes a paragraph. A name and a club are one line; notes may hold line breaks. */
#define PF_ATHLETE_NAME_MAX  80
#define PF_ATHLETE_CLUB_MAX  80
#define PF_ATHLETE_NOTES_MAX 2000

typedef struct
{
  double      weekly_km;              /* average over the last 8 weeks; 0: not given */
  double      longest_run_km;         /* 0: not given */
  double      goal_pace_km;           /* longest continuous run at goal pace; NAN: not given */
  double      mean_pace_s_per_km;     /* average training pace over the 8 weeks; 0: not given */
  gboolean    acclimatised;           /* to heat */
} PfTraining;

/* The eight questions of the pre-race checklist (docs/science.md §9). */
typedef enum
{
  PF_CHECK_MEDICATIONS,
  PF_CHECK_SLEEP,
  PF_CHECK_GOAL_PACE,
  PF_CHECK_STRENGTH,
  PF_CHECK_CARB_LOADING,
  PF_CHECK_FUEL_PLAN,
  PF_CHECK_HEAT_PLAN,
  PF_CHECK_NERVES,
  PF_N_CHECKS
} PfCheck;

typedef enum
{
  PF_ANSWER_NONE,
  PF_ANSWER_YES,
  PF_ANSWER_NO,
} PfAnswer;

typedef struct
{
  double      carbs_per_hour_g;       /* manual target; 0: by race duration */
  double      fluid_per_hour_l;       /* manual target; 0: from sweat */
  double      fluid_ceiling_l_per_h;
  PfDrinkMode drink_mode;
  double      carry_bottle_ml;        /* a bottle carried and refilled; 0: none */
  GArray     *extra_aid_m;            /* stations the runner added, metres along the course */
  double      drink_carbs_g_per_l;    /* the runner's own drink mix; 0: the plan's recipe */
  double      drink_fructose_pct;     /* of its carbohydrate; NAN: the plan's 2:1 or 1:0.8 */
  GArray     *products;               /* PfProduct: the runner's own, used before the catalog's */
  GArray     *aid_offers;             /* PfAidOffer: what the stations offer, where known */
} PfFuelOptions;

typedef struct
{
  PfTrack      *track;                /* the course as imported (owned reference) */
  double        official_distance_m;  /* 0: plan on the measured distance */

  PfPaceMode    pace_mode;
  double        goal_time_s;
  GArray       *races;                /* PfRaceResult */
  gint64        start_time;           /* local wall clock, as PfWeatherHour.time */
  PfConditions  conditions;
  PfGradeModel  grade_model;
  PfHeatModel   heat_model;
  PfStrategy    strategy;
  double        strategy_pct;         /* for negative and positive splits */
  double        drift_pct;            /* late-race slowdown reached at the finish; 0: none */
  PfSplitUnit   split_unit;
  /* The runner picked @split_unit; until then it follows the display units (per kilometre or
   * per mile, pf_plan_inputs_follow_split_unit). */
  gboolean      split_unit_chosen;
  PfRunner      runner;
  PfFuelOptions fuel;
  PfTraining    training;
  PfAnswer      checklist[PF_N_CHECKS];
  PfAthlete     athlete;              /* tests initialise the members above in order */
  /* The runner's own profile (pf-runner-profile.h), a copy the plan owns and saves; NULL: the
   * models as published. It replaces the hill model and, where it knows them, the heat share
   * and the fade of the run by feel. */
  PfRunnerProfile *profile;
} PfPlanInputs;

void pf_plan_inputs_init      (PfPlanInputs       *inputs);
void pf_plan_inputs_clear     (PfPlanInputs       *inputs);
void pf_plan_inputs_copy      (PfPlanInputs       *dest,
                               const PfPlanInputs *src);
void pf_plan_inputs_set_track (PfPlanInputs       *inputs,
                               PfTrack            *track);
void pf_plan_inputs_add_race  (PfPlanInputs       *inputs,
                               double              distance_m,
                               double              time_s);

double   pf_plan_inputs_get_distance (const PfPlanInputs *inputs);
gboolean pf_runner_has_sweat_test    (const PfRunner     *runner);
gboolean pf_plan_inputs_parse_goal   (const PfPlanInputs *inputs,
                                      const char         *text,
                                      double             *seconds);

gboolean pf_plan_inputs_follow_split_unit (PfPlanInputs *inputs,
                                           PfSplitUnit   units_split_unit);

const char *pf_strategy_to_string   (PfStrategy  strategy,
                                     double      pct);
gboolean    pf_strategy_from_string (const char *text,
                                     PfStrategy *strategy,
                                     double     *pct);

char       *pf_plan_inputs_describe_models (const PfPlanInputs *inputs);

void        pf_plan_inputs_set_athlete     (PfPlanInputs       *inputs,
                                            const char         *name,
                                            const char         *club,
                                            const char         *notes);
gboolean    pf_athlete_check               (const PfAthlete    *athlete,
                                            GError            **error);
char       *pf_athlete_label               (const PfAthlete    *athlete);
void        pf_plan_inputs_set_profile     (PfPlanInputs          *inputs,
                                            const PfRunnerProfile *profile);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PfPlanInputs, pf_plan_inputs_clear)

G_END_DECLS
