/* pf-fuel.h — sweat, fluid, sodium and carbohydrate along the pacing timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-course.h"
#include "pf-pacing.h"
#include "pf-plan-inputs.h"
#include "pf-product.h"

G_BEGIN_DECLS

/* Rails (docs/science.md §7 gives the source of each). */
#define PF_DRINK_SODIUM_MIN_G_PER_L  0.5
#define PF_DRINK_SODIUM_MAX_G_PER_L  1.5
#define PF_DRINK_CARBS_MAX_G_PER_L  80.0   /* 8 % */
#define PF_GLUCOSE_MAX_G_PER_H      60.0   /* single-source transport saturates */
#define PF_MASS_LOSS_TARGET_PCT      2.0
#define PF_CARBS_MAX_G_PER_H       120.0   /* beyond any trained gut */

/* One hour of the race (the last one may be shorter). */
typedef struct
{
  double start_s;
  double end_s;
  double sweat_l;
  double sodium_lost_mg;
  double fluid_target_l;   /* the planned volume for the hour, within the rails */
  double carbs_target_g;   /* the rate × the hour's length (the rate holds over any 60 min) */
  double fluid_l;          /* what the schedule gives in this hour */
  double sodium_mg;
  double carbs_g;
  double glucose_g;
  double fructose_g;
} PfFuelHour;

typedef struct
{
  const PfProduct *product;
  guint            servings;   /* whole servings; for drinks, millilitres */
} PfServing;

#define PF_INTAKE_MAX_ITEMS 4

/* A cup at an aid station, and how many a runner takes at one (docs/science.md §7). */
#define PF_CUP_ML                 150.0
#define PF_CUPS_MAX                 2
/* A sip from a carried bottle or soft flask. */
#define PF_SIP_MIN_ML             100.0
#define PF_SIP_MAX_ML             200.0

/* Where the fluid of an intake comes from. */
typedef enum
{
  PF_INTAKE_CARRIED,        /* no fluid: a product taken on its own (an isotonic gel) */
  PF_INTAKE_STATION_WATER,  /* cups of the station's water */
  PF_INTAKE_STATION_DRINK,  /* cups of the station's sports drink (and perhaps water) */
  PF_INTAKE_OWN_BOTTLE,     /* the runner's own bottle or flask */
} PfIntakeSource;

/* One moment the runner drinks or eats. */
typedef struct
{
  double    elapsed_s;
  double    distance_m;
  char     *where;        /* the aid station's name, or NULL when carried */
  PfServing items[PF_INTAKE_MAX_ITEMS];
  guint     n_items;
  double    fluid_ml;
  double    water_ml;     /* the part of fluid_ml that is plain water, not the drink */
  PfIntakeSource source;
  guint     water_cups;   /* at a station: cups of water … */
  guint     drink_cups;   /* … and of its sports drink (PfFuel.station_drink) */
  double    sodium_mg;
  double    carbs_g;
  double    glucose_g;
  double    fructose_g;
} PfIntake;

/* The drink: its concentrations, and how to mix one bottle of it. */
typedef struct
{
  double sodium_g_per_l;
  double carbs_g_per_l;
  double glucose_g_per_l;
  double fructose_g_per_l;
  double bottle_ml;
  double maltodextrin_g;   /* per bottle */
  double sucrose_g;        /* table sugar: half glucose, half fructose */
  double fructose_g;       /* pure fructose, when the mix wants more than sucrose gives */
  double salt_g;           /* table salt, 39.3 % sodium */
  const char *why;         /* why this sodium level (translated) */
} PfDrink;

typedef struct
{
  double sweat_l;
  double fluid_l;
  double sodium_lost_mg;
  double sodium_in_mg;
  double carbs_g;
  double glucose_g;
  double fructose_g;
  double mass_change_pct;  /* negative: a loss */
} PfFuelTotals;

typedef struct
{
  double       calibration;        /* race rate = calibration × model rate */
  double       sweat_rate_l_per_h; /* the race mean */
  double       test_rate_l_per_h;  /* the field test's own rate, 0 without one */
  double       carbs_target_g_per_h;
  double       carbs_limit_g_per_h; /* the rail per hour: the gut, or a higher own target */
  PfDrink      drink;
  GArray      *hours;              /* PfFuelHour */
  GArray      *schedule;           /* PfIntake, by time */
  PfFuelTotals totals;
  GPtrArray   *notes;              /* what the runner should know about this schedule */
  guint        gels_to_carry;
  guint        capsules_to_carry;
  const PfProduct *gel;            /* the carbohydrate product the schedule uses */
  const PfProduct *salt;           /* the salt capsule it uses */
  const PfProduct *station_drink;  /* what the stations pour, per mL, at its own strength */
  gboolean     bottle;             /* the schedule has the runner carry a bottle or flask */
  gboolean     bottle_runs_dry;    /* … and it runs dry before a place to refill it */
} PfFuel;

gboolean pf_fuel_inputs_validate (const PfPlanInputs *inputs,
                                  GError            **error);
double   pf_fuel_calibration     (const PfRunner     *runner);
void     pf_fuel_plan            (PfFuel             *fuel,
                                  const PfCourse     *course,
                                  const PfPacing     *pacing,
                                  const PfPlanInputs *inputs);
void     pf_fuel_clear           (PfFuel             *fuel);
double   pf_fuel_window_s        (const PfFuel       *fuel);
gboolean pf_fuel_held_by_course  (const PfFuel       *fuel,
                                  double              mass_kg);
double   pf_fuel_sweat_between   (const PfFuel       *fuel,
                                  double              from_s,
                                  double              to_s);
const char *pf_intake_source_to_string (PfIntakeSource source);
guint    pf_intake_cups          (const PfIntake     *intake);

G_END_DECLS
