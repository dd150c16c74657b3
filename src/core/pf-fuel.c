/* pf-fuel.c — the fluid, sodium and carbohydrate targets (docs/science.md §6–7)
 *
 * From the pacing timeline (where the runner is each minute, how fast, on what grade, in
 * what heat) the sweat model gives the sweat of every segment; the targets of every hour
 * follow, inside hard rails; the products and the drink are chosen; then
 * pf-fuel-schedule.c places the intakes and pf-fuel-notes.c sums them up.
 *
 * Rails, never suggestions, over any 60 minutes: fluid ≤ that window's sweat and ≤ the
 * ceiling (no planned gain; ACSM 2007, Almond 2005); drink sodium 0.5–1.5 g/L; drink
 * carbohydrate ≤ 80 g/L; carbohydrate by duration and capped by the trained gut (Jeukendrup
 * 2013); glucose ≤ 60 g/h, the rest fructose (Wallis & Podlogar 2022); whole servings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-fuel"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pf-fuel-private.h"
#include "pf-heat.h"
#include "pf-plan.h"
#include "pf-quantity.h"
#include "pf-sweat.h"

#define FINISH_ROUNDING_S   0.5
/* The least fluid planned: ACSM's lowest rate, or this share of the sweat when less. */
#define FLUID_FLOOR_L_PER_H 0.4
#define FLUID_FLOOR_SHARE   0.6
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
    {
      g_autofree char *low = pf_quantity (PF_QUANTITY_MASS, 30.0, 0);
      g_autofree char *high = pf_quantity (PF_QUANTITY_MASS, 250.0, 0);

      /* Translators: both %s are masses, "30 kg" and "250 kg" */
      g_set_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID,
                   _("the body mass must be between %s and %s"), low, high);
      return FALSE;
    }
  if (!(r->height_cm >= 120.0 && r->height_cm <= 230.0))
    {
      g_autofree char *low = pf_quantity (PF_QUANTITY_HEIGHT, 1.20, 0);
      g_autofree char *high = pf_quantity (PF_QUANTITY_HEIGHT, 2.30, 0);

      /* Translators: both %s are body heights, "120 cm" and "230 cm" */
      g_set_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID,
                   _("the height must be between %s and %s"), low, high);
      return FALSE;
    }
  if (!(r->sweat_rate_l_per_h == 0.0
        || (r->sweat_rate_l_per_h >= 0.2 && r->sweat_rate_l_per_h <= 5.0)))
    {
      g_autofree char *low = pf_quantity (PF_QUANTITY_FLOW, 0.2, 1);
      g_autofree char *high = pf_quantity (PF_QUANTITY_FLOW, 5.0, 0);

      /* Translators: both %s are sweat rates, "0.2 L/h" and "5 L/h" */
      g_set_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID,
                   _("a sweat rate must be between %s and %s"), low, high);
      return FALSE;
    }
  if (pf_runner_has_sweat_test (r) && !pf_sweat_test_check (&r->sweat_test, error))
    return FALSE;
  if (!(r->sweat_sodium_mg_per_l >= 100.0 && r->sweat_sodium_mg_per_l <= 2500.0))
    return invalid (error, _("sweat sodium must be between 100 and 2500 mg/L (4–110 mmol/L)"));
  if (!(r->gut_max_g_per_h >= 0.0 && r->gut_max_g_per_h <= PF_CARBS_MAX_G_PER_H))
    return invalid (error, _("the carbohydrate the gut is trained for must be between 0 and 120 g/h"));
  if (!(f->carbs_per_hour_g >= 0.0 && f->carbs_per_hour_g <= PF_CARBS_MAX_G_PER_H))
    return invalid (error, _("a carbohydrate target must be between 0 and 120 g/h"));
  if (!(f->fluid_per_hour_l >= 0.0 && f->fluid_per_hour_l <= 2.0))
    {
      g_autofree char *low = pf_quantity (PF_QUANTITY_FLOW, 0.0, 0);
      g_autofree char *high = pf_quantity (PF_QUANTITY_FLOW, 2.0, 0);

      /* Translators: both %s are fluid rates, "0 L/h" and "2 L/h" */
      g_set_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID,
                   _("a fluid target must be between %s and %s"), low, high);
      return FALSE;
    }
  if (!(f->fluid_ceiling_l_per_h >= 0.2 && f->fluid_ceiling_l_per_h <= 1.2))
    {
      g_autofree char *low = pf_quantity (PF_QUANTITY_FLOW, 0.2, 1);
      g_autofree char *high = pf_quantity (PF_QUANTITY_FLOW, 1.2, 1);

      /* Translators: both %s are fluid rates, "0.2 L/h" and "1.2 L/h" */
      g_set_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID,
                   _("the fluid ceiling must be between %s and %s"), low, high);
      return FALSE;
    }
  if (!(f->carry_bottle_ml >= 0.0 && f->carry_bottle_ml <= 2000.0))
    {
      g_autofree char *low = pf_quantity (PF_QUANTITY_SMALL_VOLUME, 0.0, 0);
      g_autofree char *high = pf_quantity (PF_QUANTITY_SMALL_VOLUME, 2.0, 0);

      /* Translators: both %s are volumes, "0 mL" and "2000 mL" */
      g_set_error (error, PF_PLAN_ERROR, PF_PLAN_ERROR_INVALID,
                   _("a carried bottle must hold between %s and %s"), low, high);
      return FALSE;
    }
  for (guint i = 0; f->products != NULL && i < f->products->len; i++)
    {
      if (!pf_product_check (&g_array_index (f->products, PfProduct, i), error))
        return FALSE;
    }
  for (guint i = 0; f->aid_offers != NULL && i < f->aid_offers->len; i++)
    {
      const PfAidOffer *offer = &g_array_index (f->aid_offers, PfAidOffer, i);

      if (!(offer->distance_m >= 0.0))
        return invalid (error, _("an aid station must lie on the course (a positive distance)"));
      if (offer->name != NULL
          && (strlen (offer->name) > PF_AID_NAME_MAX || !g_utf8_validate (offer->name, -1, NULL)))
        return invalid (error, _("an aid station’s name must be text of at most 80 bytes"));
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

void
_pf_fuel_add_note (PfFuel     *fuel,
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
  guint first;

  if (fuel->hours->len == 0 || !(to_s > from_s))
    return 0.0;
  /* Hour h spans [h, h + 1) hours: start at the one holding @from_s, so that a window
   * costs the hours it covers, not the whole race (a multi-day race asks thousands). */
  first = from_s <= 0.0 ? 0 : (guint) MIN (floor (from_s / HOUR_S), fuel->hours->len - 1.0);
  for (guint h = first; h < fuel->hours->len; h++)
    {
      const PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
      double span = hour->end_s - hour->start_s;
      double a = MAX (from_s, hour->start_s), b = MIN (to_s, hour->end_s);

      if (hour->start_s >= to_s)
        break;
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
  _pf_fuel_build_schedule (fuel, course, pacing, inputs, finish);
  _pf_fuel_summarise (fuel, inputs, pacing);
}
