// make-activities.mjs [OUTDIR] — writes the FIT test activities of tests/data/fit/ (our own
// files) and checks each with Garmin's FIT JavaScript SDK (@garmin/fitsdk) before it is kept.
//
// Two vendors' layouts, so that the importer meets what real watches write:
//   garmin-like.fit   written by the SDK's own Encoder: little-endian, a 14-byte header with its
//                     CRC, file_id, device_info, timer events, records (a first one before the
//                     GPS fix, without position; one heart rate invalid, 0xFF), a lap after each
//                     60 records, session and activity; altitude and enhanced_altitude, speed
//                     and enhanced_speed both.
//   other-vendor.fit  written by hand below, as other vendors do: a 12-byte header without CRC,
//                     a big-endian record definition in another field order, a developer field
//                     (power, with its developer_data_id and field_description),
//                     enhanced_altitude and enhanced_speed only, negative latitude, longitude
//                     and temperature; lap and session in yet another order.
//   other-vendor-compressed.fit  the same records with compressed timestamp headers (five
//                     bits of seconds, rolling over every 32 s; a full timestamp after a pause).
//                     The SDK cannot decode those ("compressed timestamp messages are not
//                     currently supported"): only its CRC is checked here, and
//                     tests/test-import-fit.c checks it reads as the same points as its twin.
// tests/test-import-fit.c checks the importer against the same values (the formulas here).
//
// SPDX-License-Identifier: GPL-3.0-or-later
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CrcCalculator, Decoder, Encoder, Profile, Stream } from '@garmin/fitsdk';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = process.argv[2] ?? join(here, '..', 'data', 'fit');
const semicircles = (degrees) => Math.round(degrees * 2 ** 31 / 180);
const M = Profile.MesgNum;

// ---- garmin-like.fit ----------------------------------------------------------------------
// Record i (1…120) at T0 + 2i s: lat 45 + 5e-5·i, lon 7 + 3e-5·i, altitude 100 + 0.4·i up to
// i = 60 then back down, distance 6.5·i m, speed 3.25 m/s, heart rate 120 + i mod 30 (0xFF at
// i = 50), temperature 18 + ⌊i / 40⌋ °C.
const T0 = 1100000000;

function garminLike() {
  const e = new Encoder();

  e.onMesg(M.FILE_ID, {
    type: 'activity', manufacturer: 'garmin', product: 3113, serialNumber: 123456789,
    timeCreated: T0,
  });
  e.onMesg(M.DEVICE_INFO, {
    timestamp: T0, deviceIndex: 'creator', manufacturer: 'garmin', product: 3113,
    serialNumber: 123456789, softwareVersion: 12.3,
  });
  e.onMesg(M.EVENT, { timestamp: T0, event: 'timer', eventType: 'start', eventGroup: 0 });
  // Before the GPS fix: no position.
  e.onMesg(M.RECORD, { timestamp: T0, distance: 0, heartRate: 100, temperature: 18 });
  for (let i = 1; i <= 120; i++) {
    const altitude = i <= 60 ? 100 + 0.4 * i : 124 - 0.4 * (i - 60);

    e.onMesg(M.RECORD, {
      timestamp: T0 + 2 * i,
      positionLat: semicircles(45 + 5e-5 * i),
      positionLong: semicircles(7 + 3e-5 * i),
      distance: 6.5 * i,
      altitude,
      enhancedAltitude: altitude,
      speed: 3.25,
      enhancedSpeed: 3.25,
      heartRate: i === 50 ? 255 : 120 + (i % 30),
      temperature: 18 + Math.floor(i / 40),
    });
    if (i === 60 || i === 120) {
      const first = i === 60;

      e.onMesg(M.LAP, {
        messageIndex: first ? 0 : 1, timestamp: T0 + 2 * i, event: 'lap', eventType: 'stop',
        startTime: first ? T0 : T0 + 120, totalElapsedTime: 120,
        totalTimerTime: first ? 118.5 : 120, totalDistance: 390,
      });
    }
  }
  e.onMesg(M.EVENT, { timestamp: T0 + 240, event: 'timer', eventType: 'stopAll', eventGroup: 0 });
  e.onMesg(M.SESSION, {
    messageIndex: 0, timestamp: T0 + 240, event: 'session', eventType: 'stop', startTime: T0,
    totalElapsedTime: 240, totalTimerTime: 238.5, totalDistance: 780, sport: 'running',
    subSport: 'generic', firstLapIndex: 0, numLaps: 2,
  });
  e.onMesg(M.ACTIVITY, {
    timestamp: T0 + 240, totalTimerTime: 238.5, numSessions: 1, type: 'manual', event: 'activity',
    eventType: 'stop',
  });
  return e.close();
}

// ---- other-vendor.fit, by hand ---------------------------------------------------------------
// Record i (0…99): time T1 + i for i < 80, T1 + 120 + i after a pause; lat −33.9 + 4e-5·i,
// lon −70.6 − 2e-5·i, enhanced_altitude 2400 + 0.2·i, distance 2.8·i m, enhanced_speed 2.8 m/s,
// heart rate 140 + i mod 20, temperature −3 + i mod 7 °C, developer power 250 + i W.
const T1 = T0 + 1000 + 25 - ((T0 + 1000) % 32);  // T1 mod 32 = 25: compressed times roll over

class Writer {
  bytes = [];
  u8(v) { this.bytes.push(v & 0xFF); }
  int(v, size, big) {
    const b = [];
    let x = BigInt.asUintN(8 * size, BigInt(v));
    for (let k = 0; k < size; k++) { b.push(Number(x & 0xFFn)); x >>= 8n; }
    this.bytes.push(...(big ? b.reverse() : b));
  }
  str(s, size) { const b = Buffer.alloc(size); b.write(s, 'utf8'); this.bytes.push(...b); }
  // fields: [num, size, base type]; dev: [num, size, developer data index]
  define(local, global, fields, big = false, dev = []) {
    this.u8(0x40 | (dev.length ? 0x20 : 0) | local);
    this.u8(0); this.u8(big ? 1 : 0); this.int(global, 2, big); this.u8(fields.length);
    for (const f of fields) f.forEach((x) => this.u8(x));
    if (dev.length) { this.u8(dev.length); for (const f of dev) f.forEach((x) => this.u8(x)); }
  }
}

const ENUM = 0x00, SINT8 = 0x01, UINT8 = 0x02, UINT16 = 0x84, SINT32 = 0x85, UINT32 = 0x86;
const STRING = 0x07, BYTE = 0x0D;

function otherVendor(compressed) {
  const w = new Writer();

  // file_id: manufacturer first, then type and time_created.
  w.define(0, M.FILE_ID, [[1, 2, UINT16], [0, 1, ENUM], [4, 4, UINT32]]);
  w.u8(0); w.int(294, 2, false); w.u8(4); w.int(T1, 4, false);
  // The developer's id, then the description of its field 0: power, uint16, watts.
  w.define(1, M.DEVELOPER_DATA_ID, [[1, 16, BYTE], [3, 1, UINT8]]);
  w.u8(1); for (let k = 0; k < 16; k++) w.u8(0xA0 + k); w.u8(0);
  w.define(1, M.FIELD_DESCRIPTION,
           [[0, 1, UINT8], [1, 1, UINT8], [2, 1, UINT8], [3, 8, STRING], [8, 8, STRING]]);
  w.u8(1); w.u8(0); w.u8(0); w.u8(UINT16); w.str('Power', 8); w.str('watts', 8);

  // Records: big-endian, heart rate first; local 3 with a full timestamp, local 2 without
  // (its time from the compressed header).
  const recordFields = [[3, 1, UINT8], [5, 4, UINT32], [0, 4, SINT32], [1, 4, SINT32],
                        [78, 4, UINT32], [73, 4, UINT32], [13, 1, SINT8]];
  const dev = [[0, 2, 0]];
  w.define(3, M.RECORD, [[253, 4, UINT32], ...recordFields], true, dev);
  w.define(2, M.RECORD, recordFields, true, dev);
  for (let i = 0; i < 100; i++) {
    const t = i < 80 ? T1 + i : T1 + 120 + i;
    const full = !compressed || i === 0 || i === 80;

    if (full) { w.u8(3); w.int(t, 4, true); }
    else w.u8(0x80 | (2 << 5) | (t & 0x1F));
    w.u8(140 + (i % 20));
    w.int(Math.round(2.8 * i * 100), 4, true);
    w.int(semicircles(-33.9 + 4e-5 * i), 4, true);
    w.int(semicircles(-70.6 - 2e-5 * i), 4, true);
    w.int(Math.round((2400 + 0.2 * i + 500) * 5), 4, true);
    w.int(2800, 4, true);
    w.int(-3 + (i % 7), 1, true);
    w.int(250 + i, 2, true);
  }

  // Lap and session, little-endian: timestamp, distance, timer, start, elapsed.
  const totals = [[253, 4, UINT32], [9, 4, UINT32], [8, 4, UINT32], [2, 4, UINT32],
                  [7, 4, UINT32]];
  const end = T1 + 219;
  w.define(4, M.LAP, totals);
  w.u8(4); w.int(end, 4); w.int(27720, 4); w.int(100000, 4); w.int(T1, 4); w.int(219000, 4);
  w.define(5, M.SESSION, [...totals, [5, 1, ENUM]]);
  w.u8(5); w.int(end, 4); w.int(27720, 4); w.int(100000, 4); w.int(T1, 4); w.int(219000, 4);
  w.u8(1);

  const header = new Writer();
  header.u8(12); header.u8(0x20); header.int(2132, 2); header.int(w.bytes.length, 4);
  header.str('.FIT', 4);
  const body = Uint8Array.from([...header.bytes, ...w.bytes]);
  const crc = CrcCalculator.calculateCRC(body, 0, body.length);
  return Uint8Array.from([...body, crc & 0xFF, crc >> 8]);
}

// ---- checked with the SDK's decoder, then kept ------------------------------------------------
function keep(name, bytes, what) {
  mkdirSync(outdir, { recursive: true });
  writeFileSync(join(outdir, name), bytes);
  process.stdout.write(`${name}: ${bytes.length} bytes, ${what}\n`);
}

function check(name, bytes, expect) {
  const decoder = new Decoder(Stream.fromByteArray(Array.from(bytes)));
  const fail = (why) => { throw new Error(`${name}: ${why}`); };

  if (!decoder.isFIT() || !decoder.checkIntegrity()) fail('not FIT, or its CRC is wrong');
  if (expect == null) return keep(name, bytes, 'CRC checked');
  const { messages, errors } = decoder.read({ convertDateTimesToDates: false });
  if (errors.length) fail(errors.map(String).join('; '));
  const records = messages.recordMesgs;
  if (records.length !== expect.records) fail(`${records.length} records`);
  for (const [i, field, value] of expect.values) {
    const got = records[i][field];
    if (Math.abs(got - value) > 1e-6) fail(`record ${i} ${field} ${got}, not ${value}`);
  }
  if (messages.lapMesgs.length !== expect.laps) fail(`${messages.lapMesgs.length} laps`);
  if (messages.sessionMesgs[0].totalDistance !== expect.distance) fail('session distance');
  keep(name, bytes, `${records.length} records decoded and checked`);
}

check('garmin-like.fit', garminLike(), {
  records: 121, laps: 2, distance: 780,
  values: [[1, 'timestamp', T0 + 2], [120, 'enhancedAltitude', 100], [60, 'altitude', 124],
           [77, 'distance', 500.5], [49, 'heartRate', 139], [119, 'temperature', 20]],
});
check('other-vendor.fit', otherVendor(false), {
  records: 100, laps: 1, distance: 277.2,
  values: [[7, 'timestamp', T1 + 7], [8, 'timestamp', T1 + 8], [79, 'timestamp', T1 + 79],
           [80, 'timestamp', T1 + 200], [99, 'timestamp', T1 + 219], [99, 'distance', 277.2],
           [50, 'enhancedAltitude', 2410], [6, 'temperature', 3], [0, 'temperature', -3],
           [13, 'heartRate', 153]],
});
check('other-vendor-compressed.fit', otherVendor(true), null);
