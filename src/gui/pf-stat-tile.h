/* pf-stat-tile.h — one figure of the course summary: a caption, a value and a detail line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PF_TYPE_STAT_TILE (pf_stat_tile_get_type ())

G_DECLARE_FINAL_TYPE (PfStatTile, pf_stat_tile, PF, STAT_TILE, GtkWidget)

GtkWidget  *pf_stat_tile_new        (void);
const char *pf_stat_tile_get_title  (PfStatTile *self);
void        pf_stat_tile_set_title  (PfStatTile *self,
                                     const char *title);
const char *pf_stat_tile_get_value  (PfStatTile *self);
void        pf_stat_tile_set_value  (PfStatTile *self,
                                     const char *value);
const char *pf_stat_tile_get_detail (PfStatTile *self);
void        pf_stat_tile_set_detail (PfStatTile *self,
                                     const char *detail);

G_END_DECLS
