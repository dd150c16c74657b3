/* pf-fuel.c — the fluid, sodium and carbohydrate schedule (docs/science.md §6–7)
 *
 * From the pacing timeline (where the runner is each minute, how fast, on what grade, in
 * what heat) the sweat model gives the sweat of every segment; the targets of every hour
 * follow, inside hard rails; then intakes are placed where water is at hand: the aid
 * stations, and a carried bottle if there is one.
 *
 * Rails, never suggestions: fluid in any hour ≤ that hour's sweat and ≤ the ceiling (no
 * planned gain; ACSM 2007, Almond 2005); drink sodium 0.5–1.5 g/L; drink carbohydrate
 * ≤ 80 g/L; carbohydrate per hour by duration and capped by the trained gut (Jeukendrup
 * 2013); glucose ≤ 60 g/h, the rest fructose (Wallis & Podlogar 2022); whole servings.
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
/* Drink every quarter of an hour from a carried bottle (Wilson 2015 ran 500–600 mL/h). */
#define BOTTLE_INTERVAL_S   (15 * 60.0)
#define SIP_INTERVAL_S      (5 * 60.0)
/* Carbohydrate from ~20 min on; gels ≥ 20 min apart; nothing in the last 10 minutes. */
#define FIRST_CARBS_S       (20 * 60.0)
#define GEL_SPACING_S       (20 * 60.0)
#define LAST_INTAKE_S       (10 * 60.0)
#define CAPSULE_SPACING_S   (30 * 60.0)
#define GEL_LEAD_S          (10 * 60.0)
/* A stomach takes about this much at once. */
#define MAX_DRINK_ML        500.0
#define MIN_DRINK_ML        50.0
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

  for (guint h = 0; h < fuel->hours->len; h++)
    {
      PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
      double hours = (hour->end_s - hour->start_s) / HOUR_S;
      double rail = MIN (hour->sweat_l, inputs->fuel.fluid_ceiling_l_per_h * hours);
      double wanted = inputs->fuel.fluid_per_hour_l > 0.0
                        ? inputs->fuel.fluid_per_hour_l * hours
                        : hour->sweat_l - allowed * hour->sweat_l / MAX (sweat_total, 1e-9);

      hour->fluid_target_l = CLAMP (wanted, 0.0, rail);
      hour->carbs_target_g = fuel->carbs_target_g_per_h * hours;
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
  gboolean    sip;       /* a sip from the bottle to take a gel with, not a drink */
  PfOffers    offers;    /* at a station: what it offers */
} Opportunity;

static int
compare_opportunities (gconstpointer a,
                       gconstpointer b)
{
  const Opportunity *x = a, *y = b;

  return (x->elapsed_s > y->elapsed_s) - (x->elapsed_s < y->elapsed_s);
}

/* Where water is at hand: the aid stations, and every quarter hour from a carried bottle. */
static GArray *
opportunities (const PfCourse     *course,
               const PfPacing     *pacing,
               const PfPlanInputs *inputs,
               double              finish_s,
               gboolean           *bottle)
{
  GArray *list = g_array_new (FALSE, FALSE, sizeof (Opportunity));
  double distance = pf_course_get_distance (course);

  for (guint i = 0; i < pf_course_get_n_aid_stations (course); i++)
    {
      const PfCoursePoint *aid = pf_course_get_aid_station (course, i);
      Opportunity o = { pf_pacing_elapsed_at (pacing, aid->distance_m), aid->distance_m, aid->name,
                        FALSE, pf_plan_inputs_offers_at (inputs, aid->distance_m) };

      /* A station that offers nothing is one the runner removed (or one that is closed). */
      if (aid->distance_m > 1.0 && aid->distance_m < distance - 1.0 && o.offers != 0)
        g_array_append_val (list, o);
    }
  for (guint i = 0; i < inputs->fuel.extra_aid_m->len; i++)
    {
      double d = g_array_index (inputs->fuel.extra_aid_m, double, i);
      Opportunity o = { pf_pacing_elapsed_at (pacing, d), d, "", FALSE,
                        pf_plan_inputs_offers_at (inputs, d) };

      if (d > 1.0 && d < distance - 1.0 && o.offers != 0)
        g_array_append_val (list, o);
    }

  *bottle = inputs->fuel.carry_bottle_ml > 0.0 || list->len == 0;
  if (*bottle)
    {
      for (double t = BOTTLE_INTERVAL_S; t < finish_s - LAST_INTAKE_S; t += BOTTLE_INTERVAL_S)
        {
          gboolean near_station = FALSE;

          for (guint i = 0; i < list->len && !near_station; i++)
            {
              const Opportunity *o = &g_array_index (list, Opportunity, i);

              near_station = o->name != NULL && fabs (o->elapsed_s - t) < BOTTLE_INTERVAL_S / 3.0;
            }
          if (!near_station)
            {
              Opportunity o = { t, 0.0, NULL, FALSE, 0 };

              g_array_append_val (list, o);
            }
        }

      /* With a bottle at hand a gel can go down at any moment, not only at drinks. */
      for (double t = SIP_INTERVAL_S; t < finish_s - LAST_INTAKE_S; t += SIP_INTERVAL_S)
        {
          Opportunity o = { t, 0.0, NULL, TRUE, 0 };

          if (fmod (t, BOTTLE_INTERVAL_S) != 0.0)
            g_array_append_val (list, o);
        }
    }

  g_array_sort (list, compare_opportunities);
  for (guint i = 0; i < list->len; i++)
    {
      Opportunity *o = &g_array_index (list, Opportunity, i);

      /* Where the runner is when the bottle comes out. */
      if (o->name == NULL)
        o->distance_m = pf_pacing_distance_at (pacing, o->elapsed_s);
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

/* Whether @carbs and @glucose more may be taken at @t: the rails are rates per hour, so
 * each clock hour stays inside them, and the running total never gets more than one
 * serving ahead of them (no front-loading). */
static gboolean
carbs_fit (const PfFuel     *fuel,
           const PfFuelHour *hour,
           double            taken_carbs,
           double            taken_glucose,
           double            t,
           double            carbs,
           double            glucose,
           double            serving)
{
  double hours = t / HOUR_S;

  return hour->carbs_g + carbs <= fuel->carbs_limit_g_per_h + 1e-9
         && hour->glucose_g + glucose <= PF_GLUCOSE_MAX_G_PER_H + 1e-9
         && taken_carbs + carbs <= fuel->carbs_limit_g_per_h * hours + serving + 1e-9
         && taken_glucose + glucose <= PF_GLUCOSE_MAX_G_PER_H * hours + serving + 1e-9;
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
  g_autoptr(GArray) list = NULL;
  g_autofree double *rail = g_new0 (double, fuel->hours->len);
  gboolean bottle, extra_sodium;
  double fluid_in = 0.0, carbs_in = 0.0, glucose_in = 0.0, sodium_in = 0.0, sodium_lost = 0.0;
  double last_gel = -G_MAXDOUBLE, last_capsule = -G_MAXDOUBLE, serving;

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

  list = opportunities (course, pacing, inputs, finish_s, &bottle);
  if (bottle && inputs->fuel.carry_bottle_ml <= 0.0)
    add_note (fuel, _("The course marks no aid stations: carry a bottle, refill where you can, or add the stations you know of."));

  for (guint i = 0; i < list->len; i++)
    {
      const Opportunity *o = &g_array_index (list, Opportunity, i);
      guint h = MIN ((guint) (o->elapsed_s / HOUR_S), fuel->hours->len - 1);
      PfFuelHour *hour = &g_array_index (fuel->hours, PfFuelHour, h);
      PfIntake intake = { 0 };
      double fluid, drink_ml = 0.0;

      if (o->elapsed_s <= 0.0 || o->elapsed_s >= finish_s)
        continue;

      intake.elapsed_s = o->elapsed_s;
      intake.distance_m = o->distance_m;

      /* Fluid: what the targets call for since the last drink, inside the hour's rail. */
      fluid = o->sip ? 0.0 : (cumulative (fuel, o->elapsed_s, FALSE) - fluid_in) * 1000.0;
      fluid = MIN (fluid, MAX_DRINK_ML);
      fluid = MIN (fluid, (rail[h] - hour->fluid_l) * 1000.0);
      fluid = floor (fluid / 10.0) * 10.0;
      if (fluid >= MIN_DRINK_ML)
        {
          double carbs = fluid / 1000.0 * drink->carbs_g_per_l;
          double glucose = fluid / 1000.0 * drink->glucose_g_per_l;

          /* The drink's carbohydrate stays inside the rails too: when it would not, the
           * rest of the volume is plain water (the drink's strength is chosen so that this
           * seldom happens). */
          drink_ml = fluid;
          while (drink_ml > 0.0 && carbs > 0.0
                 && !carbs_fit (fuel, hour, carbs_in, glucose_in, o->elapsed_s, carbs, glucose,
                                serving))
            {
              drink_ml = MAX (0.0, drink_ml - 10.0);
              carbs = drink_ml / 1000.0 * drink->carbs_g_per_l;
              glucose = drink_ml / 1000.0 * drink->glucose_g_per_l;
            }
        }
      /* A station that pours only water, for a runner without a bottle of the drink. */
      if (o->name != NULL && !bottle && !(o->offers & PF_OFFERS_SPORTS))
        drink_ml = 0.0;
      if (fluid >= MIN_DRINK_ML)
        {
          intake.fluid_ml = fluid;
          intake.water_ml = fluid - drink_ml;
          intake.sodium_mg = drink_ml / 1000.0 * drink->sodium_g_per_l * 1000.0;
          intake.carbs_g = drink_ml / 1000.0 * drink->carbs_g_per_l;
          intake.glucose_g = drink_ml / 1000.0 * drink->glucose_g_per_l;
          intake.fructose_g = drink_ml / 1000.0 * drink->fructose_g_per_l;
        }

      /* A gel, with that water, when enough carbohydrate is due and the hour has room. */
      if (fuel->gel != NULL && fuel->carbs_target_g_per_h > 0.0
          && o->elapsed_s >= FIRST_CARBS_S && o->elapsed_s - last_gel >= GEL_SPACING_S
          && o->elapsed_s <= finish_s - LAST_INTAKE_S)
        {
          /* Looking ten minutes ahead: a gel takes a while to empty from the stomach. */
          double due = cumulative (fuel, MIN (o->elapsed_s + GEL_LEAD_S, finish_s), TRUE)
                       - carbs_in - intake.carbs_g;

          if (due >= 0.5 * fuel->gel->carbs_g
              && carbs_fit (fuel, hour, carbs_in, glucose_in, o->elapsed_s,
                            intake.carbs_g + fuel->gel->carbs_g,
                            intake.glucose_g + fuel->gel->glucose_g, serving))
            {
              add_item (&intake, fuel->gel);
              last_gel = o->elapsed_s;
              /* Gels a station hands out need not be carried from the start. */
              if (!(o->name != NULL && (o->offers & PF_OFFERS_GELS)))
                fuel->gels_to_carry++;
            }
        }

      /* Salty sweaters and crampers in long races: capsules toward half the sodium lost. */
      sodium_lost = 0.0;
      for (guint k = 0; k < fuel->hours->len; k++)
        {
          const PfFuelHour *hk = &g_array_index (fuel->hours, PfFuelHour, k);
          double span = hk->end_s - hk->start_s;

          sodium_lost += hk->sodium_lost_mg * CLAMP ((o->elapsed_s - hk->start_s) / span, 0.0, 1.0);
        }
      if (extra_sodium && o->elapsed_s - last_capsule >= CAPSULE_SPACING_S
          && sodium_lost / 2.0 - sodium_in - intake.sodium_mg >= 200.0
          && intake.n_items < PF_INTAKE_MAX_ITEMS)
        {
          add_item (&intake, fuel->salt);
          last_capsule = o->elapsed_s;
          fuel->capsules_to_carry++;
        }

      if (intake.fluid_ml <= 0.0 && intake.n_items == 0)
        continue;

      intake.where = o->name == NULL ? NULL
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

/* Totals from the schedule itself, so that they always add up; and what to tell the runner. */
static void
summarise (PfFuel             *fuel,
           const PfPlanInputs *inputs)
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
              _("Drinking within the safe limits (at most %.1f L an hour, never more than you sweat), you will lose about %.1f %% of your body mass (%.1f kg): slow down if it gets hot."),
              inputs->fuel.fluid_ceiling_l_per_h, -t->mass_change_pct,
              -t->mass_change_pct * inputs->runner.mass_kg / 100.0);
  if (carbs_wanted > 0.0 && t->carbs_g < 0.8 * carbs_wanted)
    add_note (fuel,
              inputs->fuel.carry_bottle_ml > 0.0
                ? _("Only %.0f g of the %.0f g of carbohydrate fit: whole servings, at least 20 minutes apart, within what your gut is trained for.")
                : _("Only %.0f g of the %.0f g of carbohydrate fit the places where water is at hand: carry a bottle, or add aid stations."),
              t->carbs_g, carbs_wanted);
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
  summarise (fuel, inputs);
}
