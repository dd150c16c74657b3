/* pf-fuel.c — the fluid, sodium and carbohydrate schedule (docs/science.md §6–7)
 *
 * From the pacing timeline (where the runner is each minute, how fast, on what grade, in
 * what heat) the sweat model gives the sweat of every segment; the targets of every hour
 * follow, inside hard rails; then intakes are placed where water is at hand: the aid
 * stations, and a carried bottle if there is one.
 *
 * Rails, never suggestions, over any 60 minutes: fluid ≤ that window's sweat and ≤ the
 * ceiling (no planned gain; ACSM 2007, Almond 2005); drink sodium 0.5–1.5 g/L; drink
 * carbohydrate ≤ 80 g/L; carbohydrate by duration and capped by the trained gut (Jeukendrup
 * 2013); glucose ≤ 60 g/h, the rest fructose (Wallis & Podlogar 2022); whole servings.
 * Intakes come as runners take them (issue 16): cups at stations, at the station's own
 * drink strength; sips from a bottle; gels always with water.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-fuel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pf-fuel.h"
#include "pf-heat.h"
#include "pf-plan.h"
#include "pf-sweat.h"

#define HOUR_S              3600.0
#define FINISH_ROUNDING_S   0.5
/* Drink every quarter of an hour from a carried bottle (Wilson 2015 ran 500–600 mL/h), in
 * sips of 100–200 mL (PF_SIP_*_ML) rounded to 50 mL; and ask for a bottle when the
 * stations leave longer than this without a drink. */
#define BOTTLE_INTERVAL_S   (15 * 60.0)
#define SIP_STEP_ML         50.0
#define MAX_DRY_S           (45 * 60.0)
/* A gel with at least this much water of its own is isotonic: it needs no cup. */
#define ISOTONIC_GEL_ML     50.0
/* The least fluid planned: ACSM's lowest rate, or this share of the sweat when less. */
#define FLUID_FLOOR_L_PER_H 0.4
#define FLUID_FLOOR_SHARE   0.6
/* The carbohydrate delivered in every hour: at least this share of the target, or a note. */
#define CARBS_HOUR_SHARE    0.9
/* Carbohydrate from ~20 min on; gels ≥ 20 min apart; nothing in the last 10 minutes. */
#define FIRST_CARBS_S       (20 * 60.0)
#define GEL_SPACING_S       (20 * 60.0)
#define LAST_INTAKE_S       (10 * 60.0)
#define CAPSULE_SPACING_S   (30 * 60.0)
#define GEL_LEAD_S          (10 * 60.0)
#define DEFAULT_BOTTLE_ML   500.0
/* NaCl is 39.3 % sodium. */
#define SODIUM_PER_SALT     0.393

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID, message);
  return FALSE;
}

gboolean
pf_fuel_inputs_validate (const PfPlanInputs  *inputs,
                         GError             **error)
{
  const PfRunner *r = &inputs->runner;
  const PfFuelOptions *f = &inputs->fuel;

  if (!(r->mass_kg >= 30.0 && r->mass_kg <= 250.0))
    return invalid (error, _("the body mass must be between 30 and 250 kg"));
  if (!(r->height_cm >= 120.0 && r->height_cm <= 230.0))
    return invalid (error, _("the height must be between 120 and 230 cm"));
  if (!(r->sweat_rate_l_per_h == 0.0
        || (r->sweat_rate_l_per_h >= 0.2 && r->sweat_rate_l_per_h <= 5.0)))
    return invalid (error, _("a sweat rate must be between 0.2 and 5 L/h"));
  if (pf_runner_has_sweat_test (r) && !pf_sweat_test_check (&r->sweat_test, error))
    return FALSE;
  if (!(r->sweat_sodium_mg_per_l >= 100.0 && r->sweat_sodium_mg_per_l <= 2500.0))
    return invalid (error, _("sweat sodium must be between 100 and 2500 mg/L (4–110 mmol/L)"));
  if (!(r->gut_max_g_per_h >= 0.0 && r->gut_max_g_per_h <= PF_CARBS_MAX_G_PER_H))
    return invalid (error, _("the carbohydrate the gut is trained for must be between 0 and 120 g/h"));
  if (!(f->carbs_per_hour_g >= 0.0 && f->carbs_per_hour_g <= PF_CARBS_MAX_G_PER_H))
    return invalid (error, _("a carbohydrate target must be between 0 and 120 g/h"));
  if (!(f->fluid_per_hour_l >= 0.0 && f->fluid_per_hour_l <= 2.0))
    return invalid (error, _("a fluid target must be between 0 and 2 L/h"));
  if (!(f->fluid_ceiling_l_per_h >= 0.2 && f->fluid_ceiling_l_per_h <= 1.2))
    return invalid (error, _("the fluid ceiling must be between 0.2 and 1.2 L/h"));
  if (!(f->carry_bottle_ml >= 0.0 && f->carry_bottle_ml <= 2000.0))
    return invalid (error, _("a carried bottle must hold between 0 and 2000 mL"));
  for (guint i = 0; f->products != NULL && i < f->products->len; i++)
    {
      if (!pf_product_check (&g_array_index (f->products, PfProduct, i), error))
        return FALSE;
    }
  for (guint i = 0; f->aid_offers != NULL && i < f->aid_offers->len; i++)
    {
      if (!(g_array_index (f->aid_offers, PfAidOffer, i).distance_m >= 0.0))
        return invalid (error, _("an aid station must lie on the course (a positive distance)"));
    }
  if (!(f->drink_carbs_g_per_l >= 0.0 && f->drink_carbs_g_per_l <= 200.0))
    return invalid (error, _("a drink’s carbohydrate must be between 0 and 200 g/L"));
  if (!isnan (f->drink_fructose_pct) && !(f->drink_fructose_pct >= 0.0 && f->drink_fructose_pct <= 100.0))
    return invalid (error, _("a drink’s fructose share must be between 0 and 100 %"));
  for (guint i = 0; f->extra_aid_m != NULL && i < f->extra_aid_m->len; i++)
    {
      double d = g_array_index (f->extra_aid_m, double, i);

      if (!(d >= 0.0 && d <= 1.0e6))
        return invalid (error, _("an aid station must lie on the course (a positive distance)"));
    }

  return TRUE;
}

/* race rate = k × model rate. A field test fixes k so that a race in the test's own
 * conditions and pace reproduces the test; a typed rate is read as the rate at the
 * reference conditions; without either, the population norm at the reference. */
double
pf_fuel_calibration (const PfRunner *runner)
{
  double reference = pf_sweat_reference_rate (runner->mass_kg, runner->height_cm);

  if (pf_runner_has_sweat_test (runner))
    return pf_sweat_test_rate (&runner->sweat_test)
           / pf_sweat_test_model_rate (&runner->sweat_test, runner->mass_kg, runner->height_cm);

  if (runner->sweat_rate_l_per_h > 0.0)
    return runner->sweat_rate_l_per_h / reference;

  return PF_SWEAT_NORM_ML_PER_KG_H / 1000.0 * runner->mass_kg / reference;
}

static void
clear_intake (gpointer data)
{
  g_clear_pointer (&((PfIntake *) data)->where, g_free);
}

void
pf_fuel_clear (PfFuel *fuel)
{
  g_clear_pointer (&fuel->hours, g_array_unref);
  g_clear_pointer (&fuel->schedule, g_array_unref);
  g_clear_pointer (&fuel->notes, g_ptr_array_unref);
}

static void
add_note (PfFuel     *fuel,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
add_note (PfFuel     *fuel,
          const char *format,
          ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (fuel->notes, g_strdup_vprintf (format, args));
  va_end (args);
}

/* Sweat of every segment, spread over the hours it falls in. */
static double
sweat_by_hour (PfFuel             *fuel,
               const PfPacing     *pacing,
               const PfPlanInputs *inputs)
{
  const PfSegment *seg = (const PfSegment *) (gpointer) pacing->segments->data;
  const PfRunner *runner = &inputs->runner;
  double bsa = pf_body_surface_area (runner->mass_kg, runner->height_cm);
  gboolean test = pf_runner_has_sweat_test (runner);
  double test_rate = test ? pf_sweat_test_rate (&runner->sweat_test) : 0.0;
  double test_model = test ? pf_sweat_test_model_rate (&runner->sweat_test, runner->mass_kg,
                                                       runner->height_cm) : 0.0;
  double total = 0.0;

  for (guint i = 0; i < pacing->segments->len; i++)
    {
      double length = seg[i].end_m - seg[i].start_m;
      double speed = seg[i].time_s > 0.0 ? length / seg[i].time_s : 1.0;
      double model = pf_sweat_model_rate_bsa (runner->mass_kg, bsa, speed, seg[i].grade,
                                              seg[i].temp_c, seg[i].dew_point_c);
      /* A field test is carried only as far as the heat balance justifies (pf-sweat.c). */
      double rate = test ? pf_sweat_test_transfer (test_rate, test_model, model)
                         : fuel->calibration * model;
      double from = seg[i].start_s, to = seg[i].start_s + seg[i].time_s;

      rate = CLAMP (rate, PF_SWEAT_MIN_L_PER_H, PF_SWEAT_MAX_L_PER_H);
      while (from < to)
        {
          guint h = MIN ((guint) (from / HOUR_S), fuel->hours->len - 1);
          double edge = MIN (to, (h + 1) * HOUR_S);
          double litres = rate * (MAX (edge, from) - from) / HOUR_S;
          PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);

          if (edge <= from)
            break;
          hour->sweat_l += litres;
          hour->sodium_lost_mg += litres * runner->sweat_sodium_mg_per_l;
          total += litres;
          from = edge;
        }
    }

  return total;
}

/* The carbohydrate rate the race's length calls for (Jeukendrup 2013): none under an hour,
 * ~30 g/h up to 2 h, 60 g/h to 2.5 h, 90 g/h beyond — never above the trained gut. */
static double
carbs_rate (const PfPlanInputs *inputs,
            double              finish_s)
{
  double hours = finish_s / HOUR_S, rate;

  if (inputs->fuel.carbs_per_hour_g > 0.0)
    return MIN (inputs->fuel.carbs_per_hour_g, PF_CARBS_MAX_G_PER_H);

  if (hours < 1.0)
    rate = 0.0;
  else if (hours < 2.0)
    rate = 30.0;
  else if (hours < 2.5)
    rate = 60.0;
  else
    rate = 90.0;

  return MIN (rate, inputs->runner.gut_max_g_per_h);
}

static void
set_targets (PfFuel             *fuel,
             const PfPlanInputs *inputs,
             double              sweat_total)
{
  /* Up to 2 % of body mass may go (1 kg of sweat ≈ 1 L), shared in proportion to sweat;
   * the plan aims a little under, as intakes come in whole sips at fixed places. */
  double allowed = (PF_MASS_LOSS_TARGET_PCT - 0.25) / 100.0 * inputs->runner.mass_kg;
  double finish = g_array_index (fuel->hours, PfFuelHour, fuel->hours->len - 1).end_s;

  for (guint h = 0; h < fuel->hours->len; h++)
    {
      PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
      double hours = (hour->end_s - hour->start_s) / HOUR_S;
      double rail = MIN (hour->sweat_l, inputs->fuel.fluid_ceiling_l_per_h * hours);
      double wanted = inputs->fuel.fluid_per_hour_l > 0.0
                        ? inputs->fuel.fluid_per_hour_l * hours
                        : hour->sweat_l - allowed * hour->sweat_l / MAX (sweat_total, 1e-9);
      /* Carbohydrate flows from FIRST_CARBS_S to the last intake: the hours' targets are
       * the rate over the part of each hour that lies in between. */
      double fed = MAX (0.0, MIN (hour->end_s, finish - LAST_INTAKE_S)
                               - MAX (hour->start_s, FIRST_CARBS_S)) / HOUR_S;

      /* However little the loss, the runner still drinks a little: never nothing for two
       * hours beside a gel (ACSM's lowest 0.4 L/h, or part of the sweat if less). */
      if (inputs->fuel.fluid_per_hour_l <= 0.0)
        wanted = MAX (wanted, MIN (FLUID_FLOOR_L_PER_H * hours, FLUID_FLOOR_SHARE * hour->sweat_l));
      hour->fluid_target_l = CLAMP (wanted, 0.0, rail);
      hour->carbs_target_g = fuel->carbs_target_g_per_h * fed;
    }
}

/* The runner's own products first: the first that carries carbohydrate, the first salt
 * capsule; else the catalog's gel for the rate (1:0.8 above 90 g/h) and salt capsule. */
static void
choose_products (PfFuel             *fuel,
                 const PfPlanInputs *inputs)
{
  fuel->gel = NULL;
  fuel->salt = NULL;

  for (guint i = 0; i < inputs->fuel.products->len; i++)
    {
      const PfProduct *own = &g_array_index (inputs->fuel.products, PfProduct, i);

      if (fuel->gel == NULL && pf_product_is_fuel (own))
        fuel->gel = own;
      if (fuel->salt == NULL && pf_product_is_salt (own))
        fuel->salt = own;
    }

  if (fuel->gel == NULL)
    fuel->gel = pf_product_lookup (fuel->carbs_target_g_per_h > 90.0 ? PF_PRODUCT_HIGH_GEL
                                                                    : PF_PRODUCT_GEL);
  if (fuel->salt == NULL)
    fuel->salt = pf_product_lookup (PF_PRODUCT_SALT);

  /* What the stations pour: the runner's own entry for the race's sports drink (its id
   * "sports-drink", per mL, as on the organiser's page), else the catalog's, at the
   * strength its label gives — never the plan's own mix, which only a bottle carries. */
  fuel->station_drink = NULL;
  for (guint i = 0; i < inputs->fuel.products->len && fuel->station_drink == NULL; i++)
    {
      const PfProduct *own = &g_array_index (inputs->fuel.products, PfProduct, i);

      if (g_strcmp0 (own->id, PF_PRODUCT_SPORTS) == 0 && own->volume_ml == 1.0)
        fuel->station_drink = own;
    }
  if (fuel->station_drink == NULL)
    fuel->station_drink = pf_product_lookup (PF_PRODUCT_SPORTS);
}

/* Sodium per litre: 0.5–0.7 g/L for most (ACSM 2007: 20–30 mEq/L), toward 1.5 g/L for
 * salty sweaters, a cramp history and long hot races; never outside 0.5–1.5 g/L. */
static void
choose_drink (PfFuel             *fuel,
              const PfPlanInputs *inputs,
              const PfPacing     *pacing)
{
  const PfRunner *runner = &inputs->runner;
  PfDrink *drink = &fuel->drink;
  double sodium = 0.6, max_fluid_rate = 0.0, glucose_share, maltodextrin_per_l, sucrose_per_l;
  double gel_carbs, gel_rate;
  gboolean salty = pf_sweat_sodium_is_salty (runner->sweat_sodium_mg_per_l);
  gboolean long_hot = pacing->finish_s > 3 * HOUR_S && pacing->max_hadley_f > 140.0;

  if (salty)
    sodium += 0.4 + 0.5 * CLAMP ((runner->sweat_sodium_mg_per_l - PF_SWEAT_SODIUM_SALTY_THRESHOLD)
                                 / 400.0, 0.0, 1.0);
  if (runner->cramp_prone)
    sodium += 0.3;
  if (long_hot)
    sodium += 0.2;
  drink->sodium_g_per_l = CLAMP (sodium, PF_DRINK_SODIUM_MIN_G_PER_L, PF_DRINK_SODIUM_MAX_G_PER_L);

  if (salty && runner->cramp_prone)
    drink->why = _("You sweat salty and have a cramp history: the drink carries the most sodium the evidence supports.");
  else if (salty)
    drink->why = _("You sweat salty: more sodium per litre replaces more of what you lose.");
  else if (runner->cramp_prone)
    drink->why = _("With a cramp history, a saltier drink is a reasonable secondary lever (fatigue matters more).");
  else if (long_hot)
    drink->why = _("A long, hot race: a little more sodium per litre.");
  else
    drink->why = _("0.5–0.7 g/L of sodium suits most runners (ACSM 2007).");

  /* Whole gels carry about half of the carbohydrate (a gel every 30–40 minutes); the
   * drink the rest, at most 6 % — well under the 8 % rail — and never more in an hour than
   * the hour's target leaves after the gels. */
  gel_carbs = fuel->gel->carbs_g;
  gel_rate = fuel->carbs_target_g_per_h < 45.0
               ? 0.0  /* ~30 g/h: a sports drink alone carries it */
               : gel_carbs * floor (fuel->carbs_target_g_per_h / 2.0 / gel_carbs + 0.5);
  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
      double hours = (hour->end_s - hour->start_s) / HOUR_S;

      if (hours > 0.25)
        max_fluid_rate = MAX (max_fluid_rate, hour->fluid_target_l / hours);
    }
  drink->carbs_g_per_l = fuel->carbs_target_g_per_h > 0.0 && max_fluid_rate > 0.0
                           ? MIN (60.0, (fuel->carbs_target_g_per_h - gel_rate) / max_fluid_rate)
                           : 0.0;
  /* The runner's own mix, when they have one — but never stronger than 8 %: the plan
   * dilutes it (and a warning says so). */
  if (inputs->fuel.drink_carbs_g_per_l > 0.0)
    drink->carbs_g_per_l = inputs->fuel.drink_carbs_g_per_l;
  drink->carbs_g_per_l = MIN (drink->carbs_g_per_l, PF_DRINK_CARBS_MAX_G_PER_L);

  /* Glucose + fructose 2:1, 1:0.8 above 90 g/h (Wallis & Podlogar 2022). */
  glucose_share = fuel->carbs_target_g_per_h > 90.0 ? 1.0 / 1.8 : 2.0 / 3.0;
  if (!isnan (inputs->fuel.drink_fructose_pct))
    glucose_share = 1.0 - inputs->fuel.drink_fructose_pct / 100.0;
  drink->glucose_g_per_l = drink->carbs_g_per_l * glucose_share;
  drink->fructose_g_per_l = drink->carbs_g_per_l - drink->glucose_g_per_l;

  /* The recipe: table sugar brings glucose and fructose 1:1, maltodextrin the rest of the
   * glucose. */
  drink->bottle_ml = inputs->fuel.carry_bottle_ml > 0.0 ? inputs->fuel.carry_bottle_ml
                                                          : DEFAULT_BOTTLE_ML;
  sucrose_per_l = 2.0 * MIN (drink->glucose_g_per_l, drink->fructose_g_per_l);
  maltodextrin_per_l = MAX (0.0, drink->glucose_g_per_l - drink->fructose_g_per_l);
  drink->sucrose_g = sucrose_per_l * drink->bottle_ml / 1000.0;
  drink->maltodextrin_g = maltodextrin_per_l * drink->bottle_ml / 1000.0;
  drink->fructose_g = MAX (0.0, drink->fructose_g_per_l - drink->glucose_g_per_l)
                      * drink->bottle_ml / 1000.0;
  drink->salt_g = drink->sodium_g_per_l / SODIUM_PER_SALT * drink->bottle_ml / 1000.0;
}

typedef struct
{
  double      elapsed_s;
  double      distance_m;
  const char *name;      /* NULL: from the carried bottle */
  PfOffers    offers;    /* at a station: what it offers */
} Opportunity;

static int
compare_opportunities (gconstpointer a,
                       gconstpointer b)
{
  const Opportunity *x = a, *y = b;

  return (x->elapsed_s > y->elapsed_s) - (x->elapsed_s < y->elapsed_s);
}

/* The longest stretch without a drink at hand, from the start to the last moment the
 * schedule drinks; @list holds the stations, by time. */
static double
longest_dry_stretch (const GArray *list,
                     double        finish_s)
{
  double last = 0.0, longest = 0.0, end = MAX (0.0, finish_s - LAST_INTAKE_S);

  for (guint i = 0; i < list->len; i++)
    {
      const Opportunity *o = &g_array_index (list, Opportunity, i);

      if (!(o->offers & (PF_OFFERS_WATER | PF_OFFERS_SPORTS)))
        continue;
      longest = MAX (longest, o->elapsed_s - last);
      last = o->elapsed_s;
    }

  return MAX (longest, end - last);
}

/* Where a drink is at hand: the aid stations, and every quarter hour from a bottle — one
 * the runner carries, or one the schedule asks for when the stations leave a stretch of
 * more than MAX_DRY_S dry (so that adding a first station never takes water away). */
static GArray *
opportunities (const PfCourse     *course,
               const PfPacing     *pacing,
               const PfPlanInputs *inputs,
               double              finish_s,
               gboolean           *bottle,
               double             *dry_s)
{
  GArray *list = g_array_new (FALSE, FALSE, sizeof (Opportunity));
  double distance = pf_course_get_distance (course);

  for (guint i = 0; i < pf_course_get_n_aid_stations (course); i++)
    {
      const PfCoursePoint *aid = pf_course_get_aid_station (course, i);
      Opportunity o = { pf_pacing_elapsed_at (pacing, aid->distance_m), aid->distance_m, aid->name,
                        pf_plan_inputs_offers_at (inputs, aid->distance_m) };

      /* A station that offers nothing is one the runner removed (or one that is closed). */
      if (aid->distance_m > 1.0 && aid->distance_m < distance - 1.0 && o.offers != 0)
        g_array_append_val (list, o);
    }
  for (guint i = 0; i < inputs->fuel.extra_aid_m->len; i++)
    {
      double d = g_array_index (inputs->fuel.extra_aid_m, double, i);
      Opportunity o = { pf_pacing_elapsed_at (pacing, d), d, "",
                        pf_plan_inputs_offers_at (inputs, d) };

      if (d > 1.0 && d < distance - 1.0 && o.offers != 0)
        g_array_append_val (list, o);
    }
  g_array_sort (list, compare_opportunities);

  *dry_s = longest_dry_stretch (list, finish_s);
  *bottle = inputs->fuel.carry_bottle_ml > 0.0 || *dry_s > MAX_DRY_S;
  if (*bottle)
    {
      for (double t = BOTTLE_INTERVAL_S; t < finish_s - LAST_INTAKE_S; t += BOTTLE_INTERVAL_S)
        {
          gboolean near_station = FALSE;

          for (guint i = 0; i < list->len && !near_station; i++)
            {
              const Opportunity *o = &g_array_index (list, Opportunity, i);

              near_station = o->name != NULL && fabs (o->elapsed_s - t) < BOTTLE_INTERVAL_S / 2.0;
            }
          if (!near_station)
            {
              Opportunity o = { t, pf_pacing_distance_at (pacing, t), NULL, 0 };

              g_array_append_val (list, o);
            }
        }
      g_array_sort (list, compare_opportunities);
    }

  return list;
}

/* Cumulative target of the hours up to @t (linear within an hour). */
static double
cumulative (const PfFuel *fuel,
            double        t,
            gboolean      carbs)
{
  double sum = 0.0;

  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
      double target = carbs ? hour->carbs_target_g : hour->fluid_target_l;
      double span = hour->end_s - hour->start_s;

      if (t >= hour->end_s)
        sum += target;
      else if (t > hour->start_s && span > 0.0)
        sum += target * (t - hour->start_s) / span;
    }

  return sum;
}

/* The length of the windows the rails hold over: any 60 minutes, or the whole of a
 * shorter race. */
double
pf_fuel_window_s (const PfFuel *fuel)
{
  double finish = fuel->hours->len > 0
                    ? g_array_index (fuel->hours, PfFuelHour, fuel->hours->len - 1).end_s
                    : 0.0;

  return MIN (HOUR_S, finish);
}

/* The sweat between two moments, each hour's sweat spread evenly over that hour. */
double
pf_fuel_sweat_between (const PfFuel *fuel,
                       double        from_s,
                       double        to_s)
{
  double sum = 0.0;

  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
      double span = hour->end_s - hour->start_s;
      double a = MAX (from_s, hour->start_s), b = MIN (to_s, hour->end_s);

      if (b > a && span > 0.0)
        sum += hour->sweat_l * (b - a) / span;
    }

  return sum;
}

const char *
pf_intake_source_to_string (PfIntakeSource source)
{
  switch (source)
    {
    case PF_INTAKE_STATION_WATER:
      return "station-water";
    case PF_INTAKE_STATION_DRINK:
      return "station-drink";
    case PF_INTAKE_OWN_BOTTLE:
      return "own-bottle";
    case PF_INTAKE_CARRIED:
    default:
      return "carried";
    }
}

guint
pf_intake_cups (const PfIntake *intake)
{
  return intake->water_cups + intake->drink_cups;
}

static void
add_item (PfIntake        *intake,
          const PfProduct *product)
{
  for (guint i = 0; i < intake->n_items; i++)
    {
      if (intake->items[i].product == product)
        {
          intake->items[i].servings++;
          goto counted;
        }
    }
  g_return_if_fail (intake->n_items < PF_INTAKE_MAX_ITEMS);
  intake->items[intake->n_items].product = product;
  intake->items[intake->n_items].servings = 1;
  intake->n_items++;

counted:
  intake->fluid_ml += product->volume_ml;
  intake->sodium_mg += product->sodium_mg;
  intake->carbs_g += product->carbs_g;
  intake->glucose_g += product->glucose_g;
  intake->fructose_g += product->fructose_g;
}

/* The amounts one intake adds, before it is placed. */
typedef struct
{
  double fluid_ml;
  double carbs_g;
  double glucose_g;
} Amounts;

/* Whether @more at @t keeps every rail: each clock hour inside its own fluid rail and the
 * carbohydrate and glucose rates; every window of pf_fuel_window_s() that holds @t inside
 * the ceiling, the sweat of the window, the carbohydrate limit and the glucose rail; and
 * the running total of carbohydrate no more than one serving ahead of the rates. The
 * intakes already placed all lie at or before @t, so the windows that hold @t are those
 * starting in (t − W, t]; their sums only fall as the start moves on, and the sweat rail
 * can only bind at an intake or an hour's edge. */
static gboolean
fits (const PfFuel       *fuel,
      const PfPlanInputs *inputs,
      const double       *rail,
      double              t,
      double              taken_carbs,
      double              taken_glucose,
      double              serving,
      Amounts             more)
{
  const GArray *schedule = fuel->schedule;
  guint h = MIN ((guint) (t / HOUR_S), fuel->hours->len - 1);
  const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
  double w = pf_fuel_window_s (fuel), finish = g_array_index (fuel->hours, PfFuelHour,
                                                               fuel->hours->len - 1).end_s;
  double lo = MAX (0.0, t - w + 1e-3), hi = MIN (t, finish - w);
  double carbs = more.carbs_g, glucose = more.glucose_g, fluid = more.fluid_ml / 1000.0;
  double hours = t / HOUR_S, scale = w / HOUR_S;
  double starts[2 + 2 * 48];
  guint n_starts = 0;

  if (more.carbs_g > 1e-9
      && (hour->carbs_g + more.carbs_g > fuel->carbs_limit_g_per_h + 1e-9
          || hour->glucose_g + more.glucose_g > PF_GLUCOSE_MAX_G_PER_H + 1e-9
          || taken_carbs + more.carbs_g > fuel->carbs_limit_g_per_h * hours + serving + 1e-9
          || taken_glucose + more.glucose_g
               > PF_GLUCOSE_MAX_G_PER_H * hours + serving + 1e-9))
    return FALSE;
  if (fluid > 1e-9 && hour->fluid_l + fluid > rail[h] + 1e-9)
    return FALSE;

  /* Carbohydrate and glucose: the earliest window holding @t holds the most. */
  for (guint i = schedule->len; i-- > 0;)
    {
      const PfIntake *intake = &g_array_index (schedule, PfIntake, i);

      if (intake->elapsed_s < lo)
        break;
      carbs += intake->carbs_g;
      glucose += intake->glucose_g;
    }
  if (more.carbs_g > 1e-9
      && (carbs > fuel->carbs_limit_g_per_h * scale + 1e-9
          || glucose > PF_GLUCOSE_MAX_G_PER_H * scale + 1e-9))
    return FALSE;
  if (fluid <= 1e-9)
    return TRUE;

  /* Fluid: against the ceiling and the window's own sweat. */
  if (hi < lo)
    hi = lo = MAX (0.0, finish - w);
  starts[n_starts++] = lo;
  starts[n_starts++] = hi;
  for (guint i = schedule->len; i-- > 0 && n_starts < G_N_ELEMENTS (starts);)
    {
      double at = g_array_index (schedule, PfIntake, i).elapsed_s;

      if (at < lo)
        break;
      if (at <= hi)
        starts[n_starts++] = at;
    }
  for (guint k = 0; k <= fuel->hours->len && n_starts + 2 <= G_N_ELEMENTS (starts); k++)
    {
      if (k * HOUR_S >= lo && k * HOUR_S <= hi)
        starts[n_starts++] = k * HOUR_S;
      if (k * HOUR_S - w >= lo && k * HOUR_S - w <= hi)
        starts[n_starts++] = k * HOUR_S - w;
    }
  for (guint k = 0; k < n_starts; k++)
    {
      double s = starts[k], sum = fluid;
      double limit = MIN (inputs->fuel.fluid_ceiling_l_per_h * scale,
                          pf_fuel_sweat_between (fuel, s, s + w));

      for (guint i = schedule->len; i-- > 0;)
        {
          const PfIntake *intake = &g_array_index (schedule, PfIntake, i);

          if (intake->elapsed_s < s)
            break;
          sum += intake->fluid_ml / 1000.0;
        }
      if (sum > limit + 1e-9)
        return FALSE;
    }

  return TRUE;
}

/* Fill @intake with @cups of station fluid, @drink_cups of them the station's drink. */
static void
pour_cups (PfIntake        *intake,
           const PfProduct *station_drink,
           guint            water_cups,
           guint            drink_cups)
{
  double drink_ml = drink_cups * PF_CUP_ML;

  intake->water_cups = water_cups;
  intake->drink_cups = drink_cups;
  intake->fluid_ml = (water_cups + drink_cups) * PF_CUP_ML;
  intake->water_ml = water_cups * PF_CUP_ML;
  intake->sodium_mg = drink_ml * station_drink->sodium_mg;
  intake->carbs_g = drink_ml * station_drink->carbs_g;
  intake->glucose_g = drink_ml * station_drink->glucose_g;
  intake->fructose_g = drink_ml * station_drink->fructose_g;
}

/* Fill @intake with @ml from the runner's bottle, @drink_ml of it the plan's mix. */
static void
pour_bottle (PfIntake      *intake,
             const PfDrink *drink,
             double         ml,
             double         drink_ml)
{
  intake->water_cups = intake->drink_cups = 0;
  intake->fluid_ml = ml;
  intake->water_ml = ml - drink_ml;
  intake->sodium_mg = drink_ml * drink->sodium_g_per_l;
  intake->carbs_g = drink_ml / 1000.0 * drink->carbs_g_per_l;
  intake->glucose_g = drink_ml / 1000.0 * drink->glucose_g_per_l;
  intake->fructose_g = drink_ml / 1000.0 * drink->fructose_g_per_l;
}

static Amounts
amounts_of (const PfIntake  *intake,
            const PfProduct *gel)
{
  Amounts a = { intake->fluid_ml, intake->carbs_g, intake->glucose_g };

  if (gel != NULL)
    {
      a.fluid_ml += gel->volume_ml;
      a.carbs_g += gel->carbs_g;
      a.glucose_g += gel->glucose_g;
    }

  return a;
}

/* A gel that brings its own water (an isotonic one) needs no cup. */
static gboolean
needs_water (const PfProduct *product)
{
  return product->volume_ml < ISOTONIC_GEL_ML;
}

static void
build_schedule (PfFuel             *fuel,
                const PfCourse     *course,
                const PfPacing     *pacing,
                const PfPlanInputs *inputs,
                double              finish_s)
{
  const PfRunner *runner = &inputs->runner;
  const PfDrink *drink = &fuel->drink;
  const PfProduct *sd = fuel->station_drink;
  g_autoptr(GArray) list = NULL;
  g_autofree double *rail = g_new0 (double, fuel->hours->len);
  gboolean bottle, extra_sodium;
  double fluid_in = 0.0, carbs_in = 0.0, glucose_in = 0.0, sodium_in = 0.0, sodium_lost;
  double last_gel = -G_MAXDOUBLE, last_capsule = -G_MAXDOUBLE, serving, dry;

  extra_sodium = (pf_sweat_sodium_is_salty (runner->sweat_sodium_mg_per_l) || runner->cramp_prone)
                 && finish_s > 2 * HOUR_S;

  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);

      rail[h] = MIN (hour->sweat_l, inputs->fuel.fluid_ceiling_l_per_h
                                    * (hour->end_s - hour->start_s) / HOUR_S);
    }

  /* How far ahead of the rates the running total may get: one gel. */
  serving = fuel->gel != NULL ? fuel->gel->carbs_g : 0.0;

  list = opportunities (course, pacing, inputs, finish_s, &bottle, &dry);
  fuel->bottle = bottle;
  if (bottle && inputs->fuel.carry_bottle_ml <= 0.0)
    {
      if (pf_course_get_n_aid_stations (course) + inputs->fuel.extra_aid_m->len == 0)
        add_note (fuel, _("The course marks no aid stations: carry a bottle, refill where you can, or add the stations you know of."));
      else
        add_note (fuel, _("The aid stations leave up to %.0f minutes without a drink: carry a bottle or soft flask and refill it at the stations."),
                  dry / 60.0);
    }

  for (guint i = 0; i < list->len; i++)
    {
      const Opportunity *o = &g_array_index (list, Opportunity, i);
      guint h = MIN ((guint) (o->elapsed_s / HOUR_S), fuel->hours->len - 1);
      PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
      gboolean station = o->name != NULL;
      gboolean has_water = !station || (o->offers & PF_OFFERS_WATER);
      gboolean has_drink = station && (o->offers & PF_OFFERS_SPORTS);
      double next = i + 1 < list->len ? g_array_index (list, Opportunity, i + 1).elapsed_s
                                      : finish_s;
      double wanted_ml, due, ml = 0.0;
      guint cups = 0;
      gboolean gel = FALSE;
      PfIntake intake = { 0 };

      if (o->elapsed_s <= 0.0 || o->elapsed_s >= finish_s)
        continue;
      if (station && !has_water && !has_drink)
        {
          /* Gels or food only: nothing to take them with here. */
          continue;
        }

      intake.elapsed_s = o->elapsed_s;
      intake.distance_m = o->distance_m;

      /* Fluid for the stretch until halfway to the next drink, so that the volumes stay
       * even and no stretch goes dry; in whole cups, or sips of 100–200 mL. */
      wanted_ml = (cumulative (fuel, (o->elapsed_s + MIN (next, finish_s)) / 2.0, FALSE)
                   - fluid_in) * 1000.0;
      if (station)
        cups = (guint) CLAMP (floor (wanted_ml / PF_CUP_ML + 0.5), 0.0, PF_CUPS_MAX);
      else if (wanted_ml >= PF_SIP_MIN_ML * 0.75)
        ml = CLAMP (floor (wanted_ml / SIP_STEP_ML + 0.5) * SIP_STEP_ML, PF_SIP_MIN_ML,
                    PF_SIP_MAX_ML);

      /* A gel when enough carbohydrate is due, looking ten minutes ahead (a gel takes a
       * while to empty from the stomach) — and always with water. */
      due = cumulative (fuel, MIN (o->elapsed_s + GEL_LEAD_S, finish_s), TRUE) - carbs_in;
      if (fuel->gel != NULL && fuel->carbs_target_g_per_h > 0.0
          && o->elapsed_s >= FIRST_CARBS_S && o->elapsed_s - last_gel >= GEL_SPACING_S
          && o->elapsed_s <= finish_s - LAST_INTAKE_S && due >= 0.5 * fuel->gel->carbs_g)
        {
          PfIntake with = { 0 };

          if (needs_water (fuel->gel))
            {
              if (station && has_water)
                pour_cups (&with, sd, 1, 0);
              else if (station)
                pour_cups (&with, sd, 0, 1);
              else
                pour_bottle (&with, drink, PF_SIP_MIN_ML, 0.0);
            }
          gel = fits (fuel, inputs, rail, o->elapsed_s, carbs_in, glucose_in, serving,
                      amounts_of (&with, fuel->gel));
          if (gel && needs_water (fuel->gel))
            {
              cups = MAX (cups, 1);
              ml = station ? 0.0 : MAX (ml, PF_SIP_MIN_ML);
            }
          if (gel)
            due -= fuel->gel->carbs_g;
        }

      /* The fluid itself: the station's drink while carbohydrate is due (its own strength),
       * else its water; the runner's mix from the bottle. Fewer cups or a smaller sip while
       * a rail would break. */
      if (station)
        {
          for (;; cups--)
            {
              guint drink_cups = 0;
              gboolean ok = FALSE;

              if (has_drink)
                {
                  double cup_carbs = PF_CUP_ML * sd->carbs_g;

                  drink_cups = !has_water ? cups
                               : cup_carbs > 0.0 ? (guint) CLAMP (floor (due / cup_carbs + 0.5),
                                                                  0.0, cups)
                               : cups;
                }
              for (;; drink_cups--)
                {
                  pour_cups (&intake, sd, cups - drink_cups, drink_cups);
                  ok = fits (fuel, inputs, rail, o->elapsed_s, carbs_in, glucose_in, serving,
                             amounts_of (&intake, gel ? fuel->gel : NULL));
                  if (ok || drink_cups == 0 || !has_water)
                    break;
                }
              if (ok || cups == 0)
                break;
            }
          if (cups == 0 || !fits (fuel, inputs, rail, o->elapsed_s, carbs_in, glucose_in,
                                  serving, amounts_of (&intake, gel ? fuel->gel : NULL)))
            pour_cups (&intake, sd, 0, 0);
        }
      else
        {
          for (; ml >= PF_SIP_MIN_ML; ml -= SIP_STEP_ML)
            {
              double drink_ml = ml;
              gboolean ok = FALSE;

              /* As much of the mix as the carbohydrate due calls for, so that it leaves
               * room for the next gel; the rest of the sip is water. */
              if (drink->carbs_g_per_l > 0.0)
                drink_ml = CLAMP (ceil (MAX (due, 0.0) / drink->carbs_g_per_l * 100.0) * 10.0,
                                  0.0, ml);
              /* The mix's carbohydrate stays inside the rails too: when it would not, the
               * rest of the sip is plain water (the mix's strength is chosen so that this
               * seldom happens). */
              for (; drink_ml >= 0.0; drink_ml -= 10.0)
                {
                  pour_bottle (&intake, drink, ml, drink_ml);
                  ok = fits (fuel, inputs, rail, o->elapsed_s, carbs_in, glucose_in, serving,
                             amounts_of (&intake, gel ? fuel->gel : NULL));
                  if (ok)
                    break;
                }
              if (ok)
                break;
            }
          if (ml < PF_SIP_MIN_ML)
            pour_bottle (&intake, drink, 0.0, 0.0);
        }

      /* No gel without water to take it with. */
      if (gel && needs_water (fuel->gel) && intake.fluid_ml <= 0.0)
        gel = FALSE;
      if (gel && !fits (fuel, inputs, rail, o->elapsed_s, carbs_in, glucose_in, serving,
                        amounts_of (&intake, fuel->gel)))
        gel = FALSE;
      if (gel)
        {
          add_item (&intake, fuel->gel);
          last_gel = o->elapsed_s;
          /* Gels a station hands out need not be carried from the start. */
          if (!(station && (o->offers & PF_OFFERS_GELS)))
            fuel->gels_to_carry++;
        }

      /* Salty sweaters and crampers in long races: capsules toward half the sodium lost,
       * with a drink. */
      sodium_lost = 0.0;
      for (guint k = 0; k < fuel->hours->len; k++)
        {
          const PfFuelHour *hk = &g_array_index (fuel->hours, PfFuelHour, k);
          double span = hk->end_s - hk->start_s;

          sodium_lost += hk->sodium_lost_mg * CLAMP ((o->elapsed_s - hk->start_s) / span, 0.0, 1.0);
        }
      if (extra_sodium && intake.fluid_ml > 0.0 && o->elapsed_s - last_capsule >= CAPSULE_SPACING_S
          && sodium_lost / 2.0 - sodium_in - intake.sodium_mg >= 200.0
          && intake.n_items < PF_INTAKE_MAX_ITEMS)
        {
          add_item (&intake, fuel->salt);
          last_capsule = o->elapsed_s;
          fuel->capsules_to_carry++;
        }

      if (intake.fluid_ml <= 0.0 && intake.n_items == 0)
        continue;

      intake.source = intake.drink_cups > 0 ? PF_INTAKE_STATION_DRINK
                      : intake.water_cups > 0 ? PF_INTAKE_STATION_WATER
                      : !station && intake.fluid_ml > 0.0 ? PF_INTAKE_OWN_BOTTLE
                      : PF_INTAKE_CARRIED;
      intake.where = !station ? NULL
                     : g_strdup (o->name[0] != '\0' ? o->name : _("Aid station"));
      hour->fluid_l += intake.fluid_ml / 1000.0;
      hour->sodium_mg += intake.sodium_mg;
      hour->carbs_g += intake.carbs_g;
      hour->glucose_g += intake.glucose_g;
      hour->fructose_g += intake.fructose_g;
      fluid_in += intake.fluid_ml / 1000.0;
      carbs_in += intake.carbs_g;
      glucose_in += intake.glucose_g;
      sodium_in += intake.sodium_mg;
      g_array_append_val (fuel->schedule, intake);
    }
}
/* How much more carbohydrate every window holding @t could take, the schedule being complete. */
static double
carbs_room (const PfFuel *fuel,
            double        t)
{
  double w = pf_fuel_window_s (fuel), finish = g_array_index (fuel->hours, PfFuelHour,
                                                               fuel->hours->len - 1).end_s;
  double room = G_MAXDOUBLE;

  for (double s = MAX (0.0, t - w + 1.0); s <= MIN (t, finish - w) + 1e-9; s += 30.0)
    {
      double carbs = 0.0;

      for (guint i = 0; i < fuel->schedule->len; i++)
        {
          const PfIntake *in = &g_array_index (fuel->schedule, PfIntake, i);

          if (in->elapsed_s >= s && in->elapsed_s < s + w)
            carbs += in->carbs_g;
        }
      room = MIN (room, fuel->carbs_limit_g_per_h * w / HOUR_S - carbs);
    }

  return room;
}

/* Every hour of the race gets at least CARBS_HOUR_SHARE of its carbohydrate target, or a
 * note says by how much it falls short, where, and what to change. */
static void
carbs_short (PfFuel         *fuel,
             const PfPacing *pacing)
{
  guint short_hours = 0, worst = 0;
  double worst_gap = 0.0;

  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);

      /* A stub of an hour (less than a quarter of an hour's fuelling) takes no whole gel. */
      if (hour->carbs_target_g < fuel->carbs_target_g_per_h / 4.0
          || hour->carbs_g >= CARBS_HOUR_SHARE * hour->carbs_target_g - 1e-9)
        continue;
      short_hours++;
      if (1.0 - hour->carbs_g / hour->carbs_target_g > worst_gap)
        {
          worst_gap = 1.0 - hour->carbs_g / hour->carbs_target_g;
          worst = h;
        }
    }
  if (short_hours > 0)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, worst);
      double finish = g_array_index (fuel->hours, PfFuelHour, fuel->hours->len - 1).end_s;
      double best_t = (hour->start_s + hour->end_s) / 2.0, best_room = -G_MAXDOUBLE;
      g_autofree char *gap = NULL;
      g_autofree char *advice = NULL;

      /* Where in that hour the windows leave the most room for another gel. */
      for (double t = MAX (hour->start_s, FIRST_CARBS_S);
           t <= MIN (hour->end_s, finish - LAST_INTAKE_S); t += 5 * 60.0)
        {
          double room = carbs_room (fuel, t);

          if (room > best_room)
            {
              best_room = room;
              best_t = t;
            }
        }

      gap = g_strdup_printf (
        /* Translators: "… in 2 hours: the most in hour 1, only 35 g of the 60 g planned (42 % short)." */
        g_dngettext (GETTEXT_PACKAGE,
                     "Carbohydrate falls short in %u hour: in hour %u, only %.0f g of the %.0f g planned (%.0f %% short).",
                     "Carbohydrate falls short in %u hours: the most in hour %u, only %.0f g of the %.0f g planned (%.0f %% short).",
                     short_hours),
        short_hours, worst + 1, hour->carbs_g, hour->carbs_target_g, worst_gap * 100.0);
      if (fuel->gel != NULL && best_room >= fuel->gel->carbs_g - 1e-9)
        advice = g_strdup_printf (_("Take another gel near km %.1f, with a cup of water, or a stronger drink."),
                                  pf_pacing_distance_at (pacing, best_t) / 1000.0);
      else
        advice = g_strdup_printf (_("The hours around it already hold the %.0f g your gut takes in any 60 minutes: spread the carbohydrate more evenly (sips of your drink from a flask between the stations), or train your gut for more."),
                                  fuel->carbs_limit_g_per_h);
      add_note (fuel, "%s %s", gap, advice);
    }
}

/* Salty sweaters and crampers in long races: what the drinks bring, and where the rest of
 * the sodium comes from. */
static void
sodium_note (PfFuel             *fuel,
             const PfPlanInputs *inputs,
             const PfPacing     *pacing)
{
  double from_drinks = 0.0;

  if (!(pf_sweat_sodium_is_salty (inputs->runner.sweat_sodium_mg_per_l)
        || inputs->runner.cramp_prone)
      || pacing->finish_s <= 2 * HOUR_S)
    return;

  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);
      double from_items = 0.0;

      for (guint k = 0; k < intake->n_items; k++)
        from_items += intake->items[k].servings * intake->items[k].product->sodium_mg;
      from_drinks += intake->sodium_mg - from_items;
    }
  add_note (fuel,
            _("The drinks bring %.0f mg of the %.0f mg of sodium you lose; the rest of what you need comes from salt capsules (%u in this schedule) or salty food."),
            from_drinks, fuel->totals.sodium_lost_mg, fuel->capsules_to_carry);
}

/* Totals from the schedule itself, so that they always add up; and what to tell the runner. */
static void
summarise (PfFuel             *fuel,
           const PfPlanInputs *inputs,
           const PfPacing     *pacing)
{
  PfFuelTotals *t = &fuel->totals;
  double carbs_wanted = 0.0;

  for (guint h = 0; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);

      t->sweat_l += hour->sweat_l;
      t->sodium_lost_mg += hour->sodium_lost_mg;
      carbs_wanted += hour->carbs_target_g;
    }
  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);

      t->fluid_l += intake->fluid_ml / 1000.0;
      t->sodium_in_mg += intake->sodium_mg;
      t->carbs_g += intake->carbs_g;
      t->glucose_g += intake->glucose_g;
      t->fructose_g += intake->fructose_g;
    }
  t->mass_change_pct = (t->fluid_l - t->sweat_l) / inputs->runner.mass_kg * 100.0;

  if (-t->mass_change_pct > PF_MASS_LOSS_TARGET_PCT + 0.05)
    add_note (fuel,
              _("Drinking within the safe limits (at most %.1f L an hour, never more than you sweat), you will lose about %.1f %% of your body mass (%.1f kg)."),
              inputs->fuel.fluid_ceiling_l_per_h, -t->mass_change_pct,
              -t->mass_change_pct * inputs->runner.mass_kg / 100.0);
  if (carbs_wanted > 0.0 && t->carbs_g < 0.8 * carbs_wanted)
    add_note (fuel,
              inputs->fuel.carry_bottle_ml > 0.0
                ? _("Only %.0f g of the %.0f g of carbohydrate fit: whole servings, at least 20 minutes apart, within what your gut is trained for.")
                : _("Only %.0f g of the %.0f g of carbohydrate fit the places where water is at hand: carry a bottle, or add aid stations."),
              t->carbs_g, carbs_wanted);
  carbs_short (fuel, pacing);
  sodium_note (fuel, inputs, pacing);
  if (inputs->fuel.drink_mode == PF_DRINK_THIRST)
    add_note (fuel, _("Drink to thirst: each volume is the most to drink there, not a target."));
}

void
pf_fuel_plan (PfFuel             *fuel,
              const PfCourse     *course,
              const PfPacing     *pacing,
              const PfPlanInputs *inputs)
{
  double finish = pacing->finish_s, sweat_total;
  /* A finish on the hour, or within half a second of it (what a goal solved by iteration
   * leaves over, and less than a clock shows), ends the last hour: no empty hour after it. */
  guint n_hours = MAX (1, (guint) ceil ((finish - FINISH_ROUNDING_S) / HOUR_S));

  memset (fuel, 0, sizeof *fuel);
  fuel->hours = g_array_new (FALSE, TRUE, sizeof (PfFuelHour));
  fuel->schedule = g_array_new (FALSE, TRUE, sizeof (PfIntake));
  g_array_set_clear_func (fuel->schedule, clear_intake);
  fuel->notes = g_ptr_array_new_with_free_func (g_free);

  g_array_set_size (fuel->hours, n_hours);
  for (guint h = 0; h < n_hours; h++)
    {
      PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);

      hour->start_s = h * HOUR_S;
      hour->end_s = MIN ((h + 1) * HOUR_S, finish);
    }

  fuel->calibration = pf_fuel_calibration (&inputs->runner);
  if (pf_runner_has_sweat_test (&inputs->runner))
    fuel->test_rate_l_per_h = pf_sweat_test_rate (&inputs->runner.sweat_test);
  sweat_total = sweat_by_hour (fuel, pacing, inputs);
  fuel->sweat_rate_l_per_h = sweat_total / (finish / HOUR_S);
  fuel->carbs_target_g_per_h = carbs_rate (inputs, finish);
  fuel->carbs_limit_g_per_h = fuel->carbs_target_g_per_h > 0.0
                                ? MIN (MAX (fuel->carbs_target_g_per_h,
                                            inputs->runner.gut_max_g_per_h),
                                       PF_CARBS_MAX_G_PER_H)
                                : 0.0;
  set_targets (fuel, inputs, sweat_total);
  choose_products (fuel, inputs);
  choose_drink (fuel, inputs, pacing);
  build_schedule (fuel, course, pacing, inputs, finish);
  summarise (fuel, inputs, pacing);
}
