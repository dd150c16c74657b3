/* pf-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-csv"

#include "config.h"

#include <string.h>

#include "pf-csv.h"
#include "pf-units.h"

/* Quotes a field when it holds a separator, a quote or a line break (RFC 4180). A text of the
 * core's may hold quantities (core/pf-quantity.h): in metric, as every number of the file. */
static void
append_field (GString    *out,
              const char *field)
{
  g_autofree char *text = pf_units_expand (PF_UNITS_METRIC, field);

  if (text == NULL)
    return;

  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_number (GString *out,
               double   value,
               int      decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];

  /* The C locale's decimal point whatever the user's locale: CSV is for machines too. */
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, format, value));
}

char *
pf_csv_splits (const PfPlan *plan)
{
  GString *out = g_string_new ("index,name,start_m,end_m,distance_m,time_s,elapsed_s,"
                               "pace_s_per_km,gap_s_per_km,clock,ascent_m,descent_m,temp_c\r\n");

  for (guint i = 0; i < pf_plan_get_n_splits (plan); i++)
    {
      const PfSplit *s = pf_plan_get_split (plan, i);
      double distance = s->end_m - s->start_m;
      g_autofree char *clock = pf_plan_format_clock (plan, s->elapsed_s);
      const double numbers[] = { s->start_m, s->end_m, distance, s->time_s, s->elapsed_s,
                                 s->time_s / distance * 1000.0,
                                 s->flat_time_s / distance * 1000.0 };

      g_string_append_printf (out, "%u,", s->index);
      append_field (out, s->name);
      for (guint k = 0; k < G_N_ELEMENTS (numbers); k++)
        {
          g_string_append_c (out, ',');
          append_number (out, numbers[k], 2);
        }
      g_string_append_c (out, ',');
      append_field (out, clock);
      g_string_append_c (out, ',');
      append_number (out, s->ascent_m, 1);
      g_string_append_c (out, ',');
      append_number (out, s->descent_m, 1);
      g_string_append_c (out, ',');
      append_number (out, s->temp_c, 1);
      g_string_append (out, "\r\n");
    }

  return g_string_free (out, FALSE);
}

/* Every intake of the fuel schedule. */
char *
pf_csv_schedule (const PfPlan *plan)
{
  const PfFuel *fuel = pf_plan_get_fuel (plan);
  GString *out = g_string_new ("elapsed_s,distance_m,clock,where,source,cups,items,fluid_ml,"
                               "water_ml,sodium_mg,carbs_g,glucose_g,fructose_g\r\n");

  for (guint i = 0; i < fuel->schedule->len; i++)
    {
      const PfIntake *intake = &g_array_index (fuel->schedule, PfIntake, i);
      g_autofree char *clock = pf_plan_format_clock (plan, intake->elapsed_s);
      g_autoptr(GString) items = g_string_new (NULL);
      const double numbers[] = { intake->fluid_ml, intake->water_ml, intake->sodium_mg,
                                 intake->carbs_g, intake->glucose_g, intake->fructose_g };

      for (guint k = 0; k < intake->n_items; k++)
        g_string_append_printf (items, "%s%u×%s", k > 0 ? " " : "", intake->items[k].servings,
                                intake->items[k].product->id);

      append_number (out, intake->elapsed_s, 1);
      g_string_append_c (out, ',');
      append_number (out, intake->distance_m, 1);
      g_string_append_c (out, ',');
      append_field (out, clock);
      g_string_append_c (out, ',');
      append_field (out, intake->where != NULL ? intake->where : "carried");
      g_string_append_c (out, ',');
      /* As in the JSON: station-water, station-drink, own-bottle or carried. */
      append_field (out, pf_intake_source_to_string (intake->source));
      g_string_append_printf (out, ",%u,", pf_intake_cups (intake));
      append_field (out, items->str);
      for (guint k = 0; k < G_N_ELEMENTS (numbers); k++)
        {
          g_string_append_c (out, ',');
          append_number (out, numbers[k], 1);
        }
      g_string_append (out, "\r\n");
    }

  return g_string_free (out, FALSE);
}
