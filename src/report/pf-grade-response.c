/* pf-grade-response.c — the runner's pace on hills against the model's, drawn for screen and print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-grade-response"

#include "config.h"

#include "pf-grade-response.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "pf-chart-private.h"
#include "pf-units.h"

#define MIN_GRADE  (-0.30)
#define MAX_GRADE  0.30
#define N_SAMPLES  121      /* every half per cent: the model's curve is not straight */
#define BAR_HEIGHT 22.0     /* the strip of distance per knot under the plot */
#define PAD        6.0
#define BAND_Z     1.96

typedef struct
{
  double left, right, top, bottom;  /* the plot */
  double lo, hi;                    /* the factors at its bottom and top */
} Frame;

static double
frame_x (const Frame *f,
         double       grade)
{
  return f->left + (grade - MIN_GRADE) / (MAX_GRADE - MIN_GRADE) * (f->right - f->left);
}

static double
frame_y (const Frame *f,
         double       factor)
{
  return f->bottom - (factor - f->lo) / (f->hi - f->lo) * (f->bottom - f->top);
}

static gboolean
knot_has_data (const PfRunnerProfile *p,
               guint                  k)
{
  return p->knots[k].n_segments > 0 && p->knots[k].distance_m > 0.0;
}

/* The standard error at @grade, linear between the knots as the correction is. */
static double
se_at (const PfRunnerProfile *p,
       double                 grade)
{
  double pos = (grade - pf_runner_profile_knot_grade (0)) / PF_RUNNER_PROFILE_KNOT_STEP;
  guint k;
  double f;

  if (pos <= 0.0)
    return p->knots[0].se;
  if (pos >= PF_RUNNER_PROFILE_N_KNOTS - 1)
    return p->knots[PF_RUNNER_PROFILE_N_KNOTS - 1].se;
  k = (guint) pos;
  f = pos - k;
  return p->knots[k].se * (1.0 - f) + p->knots[k + 1].se * f;
}

static double
sample_grade (guint i)
{
  return MIN_GRADE + (MAX_GRADE - MIN_GRADE) * i / (N_SAMPLES - 1);
}

/* The factors the plot spans: both curves everywhere, and the band where runs rest on it (a
 * band without data is as wide as the prior and would flatten everything else). */
static void
factor_range (const PfRunnerProfile *p,
              double                *lo,
              double                *hi)
{
  *lo = 1.0;
  *hi = 1.0;
  for (guint i = 0; i < N_SAMPLES; i++)
    {
      double g = sample_grade (i);
      double model = pf_grade_factor (p->model, g);
      double yours = pf_runner_profile_factor (p, g);

      *lo = MIN (*lo, MIN (model, yours));
      *hi = MAX (*hi, MAX (model, yours));
    }
  for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
    if (knot_has_data (p, k))
      {
        const PfRunnerProfileKnot *x = &p->knots[k];
        double model = pf_grade_factor (p->model, x->grade);

        *lo = MIN (*lo, model * exp (x->correction - BAND_Z * x->se));
        *hi = MAX (*hi, model * exp (x->correction + BAND_Z * x->se));
      }
  *lo = MAX (0.0, *lo - 0.05 * (*hi - *lo));
  *hi = *hi + 0.05 * (*hi - *lo);
}

/* A tick step of 0.1, 0.2, 0.25, 0.5 or 1 that gives at most @n ticks over @span. */
static double
tick_step (double span,
           double n)
{
  static const double steps[] = { 0.1, 0.2, 0.25, 0.5, 1.0, 2.0 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (span / steps[i] <= n)
      return steps[i];
  return 5.0;
}

static char *
factor_label (double factor)
{
  /* Translators: a pace factor on the chart's axis: "×1.5" is one and a half times the pace
   * on the flat */
  return g_strdup_printf (_("×%.2g"), factor);
}

static char *
grade_label (double grade)
{
  double percent = round (grade * 100.0);

  return g_strdup_printf ("%s%.0f %%", percent < 0 ? "−" : (percent > 0 ? "+" : ""),
                          fabs (percent));
}

typedef enum
{
  KEY_MODEL,
  KEY_YOURS,
  KEY_BAND,
  KEY_DISTANCE,
  N_KEYS
} Key;

/* The legend's words, in the order of the keys; @longest names the longest bar, or NULL. */
static void
key_texts (const char *texts[N_KEYS],
           const char *longest,
           char      **owned)
{
  texts[KEY_MODEL] = _("Model");
  texts[KEY_YOURS] = _("Yours");
  texts[KEY_BAND] = _("95 % band");
  if (longest == NULL)
    {
      texts[KEY_DISTANCE] = _("Distance per grade");
      return;
    }
  /* Translators: the legend of the bars under the chart, and the longest one's length */
  *owned = g_strdup_printf (_("Distance per grade, up to %s"), longest);
  texts[KEY_DISTANCE] = *owned;
}

static void
draw_key (cairo_t            *cr,
          const PfChartStyle *style,
          Key                 key,
          double              x,
          double              y)
{
  cairo_save (cr);
  switch (key)
    {
    case KEY_MODEL:
      _pf_chart_set_source (cr, &style->foreground, _pf_chart_muted (style, 0.6));
      _pf_chart_set_line_width (cr, style, 1.5);
      cairo_set_dash (cr, (double[]) { 4.0, 3.0 }, 2, 0);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + 16, y);
      cairo_stroke (cr);
      break;
    case KEY_YOURS:
      _pf_chart_set_source (cr, &style->pace_line, 1.0);
      _pf_chart_set_line_width (cr, style, 2.5);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + 16, y);
      cairo_stroke (cr);
      break;
    case KEY_BAND:
      _pf_chart_set_source (cr, &style->pace_line, 0.22);
      cairo_rectangle (cr, x, y - 5, 16, 10);
      cairo_fill (cr);
      break;
    case KEY_DISTANCE:
    default:
      _pf_chart_set_source (cr, &style->profile_line, 0.7);
      cairo_rectangle (cr, x + 4, y - 5, 8, 10);
      cairo_fill (cr);
      break;
    }
  cairo_restore (cr);
}

/* The legend from the left, wrapped onto further lines as the width asks; returns its height. */
static double
draw_legend (cairo_t            *cr,
             PangoContext       *context,
             const PfChartStyle *style,
             const char         *texts[N_KEYS],
             double              left,
             double              right,
             double              top,
             gboolean            draw)
{
  double line_h = 0.0;
  double x = left;
  double y = top;

  for (Key key = 0; key < N_KEYS; key++)
    {
      double text_w, text_h;
      double item_w;

      _pf_chart_text_size (context, style, texts[key], &text_w, &text_h);
      line_h = MAX (line_h, text_h);
      item_w = 16 + 4 + text_w;
      if (x > left && x + item_w > right)
        {
          x = left;
          y += line_h + 2;
        }
      if (draw)
        {
          draw_key (cr, style, key, x, y + text_h / 2);
          _pf_chart_set_source (cr, &style->foreground, _pf_chart_muted (style, 0.8));
          _pf_chart_draw_text (cr, context, style, texts[key], x + 20, y);
        }
      x += item_w + 14;
    }
  return y - top + line_h;
}

void
pf_draw_grade_response (cairo_t               *cr,
                        const PfRunnerProfile *p,
                        const PfChartStyle    *style,
                        double                 width,
                        double                 height)
{
  PangoContext *context;
  Frame f;
  double text_h, label_w = 0.0, legend_h, step, max_km = 0.0;
  double knot_w;
  const char *texts[N_KEYS];
  g_autofree char *longest = NULL;
  g_autofree char *owned = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (p != NULL);
  g_return_if_fail (style != NULL);

  if (width < 40 || height < 40)
    return;

  cairo_save (cr);
  context = pango_cairo_create_context (cr);
  _pf_chart_set_source (cr, &style->background, 1.0);
  cairo_paint (cr);

  for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
    if (k != PF_RUNNER_PROFILE_FLAT_KNOT)
      max_km = MAX (max_km, p->knots[k].distance_m);
  if (max_km > 0.0)
    longest = pf_format_distance (style->units, max_km);
  key_texts (texts, longest, &owned);

  factor_range (p, &f.lo, &f.hi);
  step = tick_step (f.hi - f.lo, MAX (2.0, height / 45.0));
  f.lo = floor (f.lo / step) * step;
  f.hi = ceil (f.hi / step) * step;
  for (double v = f.lo; v <= f.hi + 1e-9; v += step)
    {
      g_autofree char *text = factor_label (v);
      double w;

      _pf_chart_text_size (context, style, text, &w, &text_h);
      label_w = MAX (label_w, w);
    }

  legend_h = draw_legend (cr, context, style, texts, PAD, width - PAD, PAD, FALSE);
  f.left = PAD + label_w + 6;
  f.right = width - PAD - 4;
  f.top = PAD + legend_h + 10;
  f.bottom = height - PAD - BAR_HEIGHT - 4 - text_h - 4;
  if (f.bottom - f.top < 30 || f.right - f.left < 60)
    {
      g_object_unref (context);
      cairo_restore (cr);
      return;
    }

  /* Grid and labels: a line every tick of factor, and every 10 % of grade. */
  _pf_chart_set_line_width (cr, style, 1.0);
  for (double v = f.lo; v <= f.hi + 1e-9; v += step)
    {
      g_autofree char *text = factor_label (v);
      double w;
      double y = round (frame_y (&f, v)) + 0.5;

      _pf_chart_set_source (cr, &style->grid, fabs (v - 1.0) < 1e-9 ? 2.5 : 1.0);
      cairo_move_to (cr, f.left, y);
      cairo_line_to (cr, f.right, y);
      cairo_stroke (cr);
      _pf_chart_text_size (context, style, text, &w, NULL);
      _pf_chart_set_source (cr, &style->foreground, _pf_chart_muted (style, 0.7));
      _pf_chart_draw_text (cr, context, style, text, f.left - 6 - w, y - text_h / 2);
    }
  for (int percent = -30; percent <= 30; percent += 10)
    {
      double g = percent / 100.0;
      double x = round (frame_x (&f, g)) + 0.5;
      g_autofree char *text = grade_label (g);
      double w;

      /* Narrow: every other label, the ends and the flat kept. */
      if (f.right - f.left < 300 && percent % 20 != 0 && percent != 0)
        continue;
      _pf_chart_set_source (cr, &style->grid, percent == 0 ? 2.5 : 1.0);
      cairo_move_to (cr, x, f.top);
      cairo_line_to (cr, x, f.bottom);
      cairo_stroke (cr);
      _pf_chart_text_size (context, style, text, &w, NULL);
      _pf_chart_set_source (cr, &style->foreground, _pf_chart_muted (style, 0.7));
      _pf_chart_draw_text (cr, context, style, text,
                           CLAMP (x - w / 2, 0, width - w), height - PAD - text_h);
    }

  cairo_save (cr);
  cairo_rectangle (cr, f.left, f.top, f.right - f.left, f.bottom - f.top);
  cairo_clip (cr);

  /* The band, ±1.96 standard errors of the log-pace correction. */
  for (guint i = 0; i < N_SAMPLES; i++)
    {
      double g = sample_grade (i);
      double y = frame_y (&f, pf_grade_factor (p->model, g)
                              * exp (pf_runner_profile_correction (p, g) + BAND_Z * se_at (p, g)));

      (i == 0 ? cairo_move_to : cairo_line_to) (cr, frame_x (&f, g), y);
    }
  for (guint i = N_SAMPLES; i-- > 0;)
    {
      double g = sample_grade (i);
      double y = frame_y (&f, pf_grade_factor (p->model, g)
                              * exp (pf_runner_profile_correction (p, g) - BAND_Z * se_at (p, g)));

      cairo_line_to (cr, frame_x (&f, g), y);
    }
  cairo_close_path (cr);
  _pf_chart_set_source (cr, &style->pace_line, 0.22);
  cairo_fill (cr);

  /* The model's curve. */
  cairo_save (cr);
  _pf_chart_set_source (cr, &style->foreground, _pf_chart_muted (style, 0.6));
  _pf_chart_set_line_width (cr, style, 1.5);
  cairo_set_dash (cr, (double[]) { 4.0, 3.0 }, 2, 0);
  for (guint i = 0; i < N_SAMPLES; i++)
    {
      double g = sample_grade (i);

      (i == 0 ? cairo_move_to : cairo_line_to) (cr, frame_x (&f, g),
                                                frame_y (&f, pf_grade_factor (p->model, g)));
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  /* The runner's, knot to knot: solid where both ends rest on runs, faded where either does
   * not (there it is the model's, shrunk to it). */
  _pf_chart_set_line_width (cr, style, 2.5);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint k = 0; k + 1 < PF_RUNNER_PROFILE_N_KNOTS; k++)
    {
      double g0 = pf_runner_profile_knot_grade (k);
      double g1 = pf_runner_profile_knot_grade (k + 1);
      gboolean solid = knot_has_data (p, k) && knot_has_data (p, k + 1);

      for (guint s = 0; s <= 10; s++)
        {
          double g = g0 + (g1 - g0) * s / 10.0;

          (s == 0 ? cairo_move_to : cairo_line_to) (cr, frame_x (&f, g),
                                                    frame_y (&f, pf_runner_profile_factor (p, g)));
        }
      _pf_chart_set_source (cr, &style->pace_line, solid ? 1.0 : 0.35);
      cairo_stroke (cr);
    }
  for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
    if (knot_has_data (p, k))
      {
        double g = p->knots[k].grade;

        cairo_arc (cr, frame_x (&f, g), frame_y (&f, pf_runner_profile_factor (p, g)), 3.5, 0,
                   2 * G_PI);
        _pf_chart_set_source (cr, &style->pace_line, 1.0);
        cairo_fill (cr);
      }
  cairo_restore (cr);

  /* The distance each hill knot rests on, as bars under the plot (the legend says the
   * longest). The flat, where most running is, would dwarf them, and its correction is nought
   * by definition: its bar is capped at the strip's height and drawn paler. */
  knot_w = (f.right - f.left) / (PF_RUNNER_PROFILE_N_KNOTS - 1);
  if (max_km > 0.0)
    {
      double base = f.bottom + 4 + BAR_HEIGHT;

      for (guint k = 0; k < PF_RUNNER_PROFILE_N_KNOTS; k++)
        {
          gboolean flat = k == PF_RUNNER_PROFILE_FLAT_KNOT;
          double h = MIN (BAR_HEIGHT, BAR_HEIGHT * p->knots[k].distance_m / max_km);
          double x = frame_x (&f, p->knots[k].grade);
          double w = MIN (knot_w * 0.5, 18.0);

          if (h <= 0.0)
            continue;
          _pf_chart_set_source (cr, &style->profile_line, flat ? 0.3 : 0.7);
          cairo_rectangle (cr, x - w / 2, base - MAX (h, 1.0), w, MAX (h, 1.0));
          cairo_fill (cr);
        }
    }

  draw_legend (cr, context, style, texts, PAD, width - PAD, PAD, TRUE);
  g_object_unref (context);
  cairo_restore (cr);
}
