/* pacefuel-core.h — the core's public headers in one include
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pf-aid-stations.h"
#include "pf-course.h"
#include "pf-course-json.h"
#include "pf-distance.h"
#include "pf-duration.h"
#include "pf-fade.h"
#include "pf-feasibility.h"
#include "pf-fuel.h"
#include "pf-geo.h"
#include "pf-grade-model.h"
#include "pf-heat.h"
#include "pf-import.h"
#include "pf-json-write.h"
#include "pf-pacing.h"
#include "pf-plan.h"
#include "pf-plan-file.h"
#include "pf-plan-json.h"
#include "pf-plan-inputs.h"
#include "pf-predict.h"
#include "pf-quantity.h"
#include "pf-records.h"
#include "pf-product.h"
#include "pf-sweat.h"
#include "pf-sweat-transfer.h"
#include "pf-track.h"
#include "pf-training.h"
#include "pf-warnings.h"
#include "pf-checklist.h"
