// decode.mjs FILE.fit — decodes a FIT file with Garmin's FIT JavaScript SDK (@garmin/fitsdk) and
// prints, as JSON: whether it is FIT, whether its sizes and CRC check out, the decoder's errors
// and the messages (timestamps in FIT seconds, the scales and offsets applied, enums as names).
// test-fit-course runs it: an independent decoder, not Pacefuel's own reading of its writing.
//
// SPDX-License-Identifier: GPL-3.0-or-later
import { readFileSync } from 'node:fs';
import { Decoder, Stream } from '@garmin/fitsdk';

const bytes = readFileSync(process.argv[2]);
const stream = Stream.fromBuffer(bytes);
const decoder = new Decoder(stream);
const isFIT = decoder.isFIT();
const integrity = decoder.checkIntegrity();
const { messages, errors } = decoder.read({
  convertDateTimesToDates: false,
  includeUnknownData: true,
});

process.stdout.write(JSON.stringify({
  isFIT,
  integrity,
  errors: errors.map((e) => String(e)),
  messages,
}));
