/* pf-chart-style.c — the look of the elevation profile: palettes (light, dark, high contrast),
 * the temperature scale, and the pens and text every layer draws with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pf-chart"

#include "config.h"

#include "pf-chart-private.h"

#include <pango/pangocairo.h>

static void
rgba_set (PfRgba *c,
          guint32 rgb,
          double  alpha)
{
  c->red = ((rgb >> 16) & 0xff) / 255.0;
  c->green = ((rgb >> 8) & 0xff) / 255.0;
  c->blue = (rgb & 0xff) / 255.0;
  c->alpha = alpha;
}

void
_pf_chart_set_source (cairo_t      *cr,
                      const PfRgba *c,
                      double        alpha_scale)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha * alpha_scale);
}

/* High contrast draws the lines of the data this much wider. */
#define HIGH_CONTRAST_LINE_SCALE 1.5

void
_pf_chart_set_line_width (cairo_t            *cr,
                          const PfChartStyle *style,
                          double              width)
{
  cairo_set_line_width (cr, style->high_contrast ? width * HIGH_CONTRAST_LINE_SCALE : width);
}

/* Secondary text (ticks, legend) is dimmed, except under high contrast. */
double
_pf_chart_muted (const PfChartStyle *style,
                 double              alpha_scale)
{
  return style->high_contrast ? 1.0 : alpha_scale;
}

/* What the light and dark styles share: all but the colours. */
static void
init_common (PfChartStyle *style)
{
  style->font_family = "Sans";
  style->font_size = 9.0;
  style->units = PF_UNITS_METRIC;
  style->show_plan = FALSE;
  style->show_intakes = FALSE;
  style->show_warnings = FALSE;
  style->high_contrast = FALSE;
}

/* Colours from the GNOME palette (developer.gnome.org/hig/reference/palette.html); text follows
 * Adwaita's foreground so the chart sits well on a card. */
void
pf_chart_style_init_light (PfChartStyle *style)
{
  g_return_if_fail (style != NULL);

  rgba_set (&style->background, 0xffffff, 1.0);
  rgba_set (&style->foreground, 0x000000, 0.8);
  rgba_set (&style->grid, 0x000000, 0.1);
  rgba_set (&style->profile_fill, 0x33d17a, 0.35);  /* Green 3 */
  rgba_set (&style->profile_line, 0x26a269, 1.0);   /* Green 5 */
  rgba_set (&style->aid_station, 0x1c71d8, 1.0);    /* Blue 4 */
  rgba_set (&style->landmark, 0x77767b, 0.8);       /* Dark 1 */
  rgba_set (&style->cursor, 0xe66100, 1.0);         /* Orange 4 */
  rgba_set (&style->pace_line, 0x813d9c, 1.0);      /* Purple 4 */
  rgba_set (&style->intake_drink, 0x1a5fb4, 1.0);   /* Blue 5 */
  rgba_set (&style->intake_food, 0xc64600, 1.0);    /* Orange 5 */
  rgba_set (&style->warning_band, 0xe5a50a, 0.10);  /* Yellow 5 */
  rgba_set (&style->danger_band, 0xe01b24, 0.07);   /* Red 3 */
  rgba_set (&style->highlight, 0x3584e4, 0.22);     /* Blue 3 */
  init_common (style);
}

void
pf_chart_style_init_dark (PfChartStyle *style)
{
  g_return_if_fail (style != NULL);

  rgba_set (&style->background, 0x242424, 1.0);
  rgba_set (&style->foreground, 0xffffff, 1.0);
  rgba_set (&style->grid, 0xffffff, 0.1);
  rgba_set (&style->profile_fill, 0x26a269, 0.45);  /* Green 5 */
  rgba_set (&style->profile_line, 0x57e389, 1.0);   /* Green 2 */
  rgba_set (&style->aid_station, 0x62a0ea, 1.0);    /* Blue 2 */
  rgba_set (&style->landmark, 0x9a9996, 0.8);       /* Light 5 */
  rgba_set (&style->cursor, 0xffa348, 1.0);         /* Orange 2 */
  rgba_set (&style->pace_line, 0xdc8add, 1.0);      /* Purple 1 */
  rgba_set (&style->intake_drink, 0x99c1f1, 1.0);   /* Blue 1 */
  rgba_set (&style->intake_food, 0xffbe6f, 1.0);    /* Orange 1 */
  rgba_set (&style->warning_band, 0xf6d32d, 0.08);  /* Yellow 3 */
  rgba_set (&style->danger_band, 0xff7b63, 0.09);   /* Red 1 */
  rgba_set (&style->highlight, 0x78aeed, 0.26);     /* Blue 2 */
  init_common (style);
}

/* For Adwaita's high contrast style: text at full strength, a stronger grid, and darker (on
 * light) or lighter (on dark) shades that keep every line at 4.5:1 or more against the card. */
void
pf_chart_style_init_high_contrast (PfChartStyle *style,
                                   gboolean      dark)
{
  g_return_if_fail (style != NULL);

  if (dark)
    {
      pf_chart_style_init_dark (style);
      rgba_set (&style->background, 0x242424, 1.0);
      rgba_set (&style->foreground, 0xffffff, 1.0);
      rgba_set (&style->grid, 0xffffff, 0.3);
      rgba_set (&style->profile_fill, 0x2ec27e, 0.45);  /* Green 4 */
      rgba_set (&style->profile_line, 0x8ff0a4, 1.0);   /* Green 1 */
      rgba_set (&style->aid_station, 0x99c1f1, 1.0);    /* Blue 1 */
      rgba_set (&style->landmark, 0xdeddda, 1.0);       /* Light 3 */
      rgba_set (&style->cursor, 0xffbe6f, 1.0);         /* Orange 1 */
      rgba_set (&style->pace_line, 0xf0c2f0, 1.0);      /* lighter than Purple 1 */
      rgba_set (&style->intake_drink, 0x99c1f1, 1.0);   /* Blue 1 */
      rgba_set (&style->intake_food, 0xffbe6f, 1.0);    /* Orange 1 */
      rgba_set (&style->warning_band, 0xf8e45c, 0.16);  /* Yellow 2 */
      rgba_set (&style->danger_band, 0xf66151, 0.14);   /* Red 2 */
      rgba_set (&style->highlight, 0x99c1f1, 0.32);     /* Blue 1 */
    }
  else
    {
      pf_chart_style_init_light (style);
      rgba_set (&style->foreground, 0x000000, 1.0);
      rgba_set (&style->grid, 0x000000, 0.3);
      rgba_set (&style->profile_fill, 0x26a269, 0.4);   /* Green 5 */
      rgba_set (&style->profile_line, 0x15603a, 1.0);   /* darker than Green 5 */
      rgba_set (&style->aid_station, 0x1a5fb4, 1.0);    /* Blue 5 */
      rgba_set (&style->landmark, 0x3d3846, 1.0);       /* Dark 3 */
      rgba_set (&style->cursor, 0xa33800, 1.0);         /* darker than Orange 5 */
      rgba_set (&style->pace_line, 0x613583, 1.0);      /* Purple 5 */
      rgba_set (&style->intake_drink, 0x1a5fb4, 1.0);   /* Blue 5 */
      rgba_set (&style->intake_food, 0xa33800, 1.0);    /* darker than Orange 5 */
      rgba_set (&style->warning_band, 0xe5a50a, 0.2);   /* Yellow 5 */
      rgba_set (&style->danger_band, 0xe01b24, 0.14);   /* Red 3 */
      rgba_set (&style->highlight, 0x1c71d8, 0.3);      /* Blue 4 */
    }
  style->high_contrast = TRUE;
}

/* A fixed scale, so that 12 °C looks the same on every plan: blue when cool, yellow around
 * 18 °C, red from 30 °C. */
void
pf_temperature_colour (double  temp_c,
                       PfRgba *colour)
{
  static const struct { double temp_c; guint32 rgb; } stops[] = {
    { 0.0, 0x1c71d8 },   /* Blue 4 */
    { 10.0, 0x62a0ea },  /* Blue 2 */
    { 18.0, 0xf6d32d },  /* Yellow 3 */
    { 24.0, 0xff7800 },  /* Orange 3 */
    { 30.0, 0xe01b24 },  /* Red 3 */
  };
  guint i;
  double f;
  PfRgba a, b;

  g_return_if_fail (colour != NULL);

  if (!(temp_c > stops[0].temp_c))
    {
      rgba_set (colour, stops[0].rgb, 1.0);
      return;
    }
  for (i = 1; i < G_N_ELEMENTS (stops) && temp_c > stops[i].temp_c; i++)
    ;
  if (i == G_N_ELEMENTS (stops))
    {
      rgba_set (colour, stops[i - 1].rgb, 1.0);
      return;
    }

  rgba_set (&a, stops[i - 1].rgb, 1.0);
  rgba_set (&b, stops[i].rgb, 1.0);
  f = (temp_c - stops[i - 1].temp_c) / (stops[i].temp_c - stops[i - 1].temp_c);
  colour->red = a.red + (b.red - a.red) * f;
  colour->green = a.green + (b.green - a.green) * f;
  colour->blue = a.blue + (b.blue - a.blue) * f;
  colour->alpha = 1.0;
}

static PangoFontDescription *
style_font (const PfChartStyle *style)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, style->font_family ? style->font_family : "Sans");
  pango_font_description_set_size (font, (int) (MAX (style->font_size, 1.0) * PANGO_SCALE));
  return font;
}

static PangoLayout *
text_layout_new (PangoContext       *context,
                 const PfChartStyle *style,
                 const char         *text)
{
  g_autoptr(PangoFontDescription) font = style_font (style);
  PangoLayout *layout = pango_layout_new (context);
  PangoAttrList *attrs = pango_attr_list_new ();

  /* Tabular figures keep tick labels from jittering in width. */
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

void
_pf_chart_text_size (PangoContext       *context,
                     const PfChartStyle *style,
                     const char         *text,
                     double             *width,
                     double             *height)
{
  g_autoptr(PangoLayout) layout = text_layout_new (context, style, text);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = (double) logical.width / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
}

void
_pf_chart_draw_text (cairo_t            *cr,
                     PangoContext       *context,
                     const PfChartStyle *style,
                     const char         *text,
                     double              x,
                     double              y)
{
  g_autoptr(PangoLayout) layout = text_layout_new (context, style, text);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}
