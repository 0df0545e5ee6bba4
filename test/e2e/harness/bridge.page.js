/* global atob, btoa */
/**
 * The stand-in for Electron's preload and structured clone, as plain JavaScript that runs in two
 * places:
 * - in the page, injected by bridge.ts with context.addInitScript: it puts window.api in place, one
 *   function per contract channel plus on(), exactly like src-main/preload/index.ts;
 * - in Node (vm.runInThisContext), for the codec only.
 * Playwright passes JSON between them, so values are encoded the way Electron's structured clone
 * would carry them: Uint8Array and other byte views, ArrayBuffer, Date, Map, Set, RegExp, Error,
 * undefined, NaN/Infinity, BigInt. Functions and symbols throw, as structured clone does.
 */
(function (root) {
  'use strict';
  var MARK = '__tw';
  var VIEWS = [
    'Uint8Array', 'Int8Array', 'Uint8ClampedArray', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
    'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'DataView',
  ];

  function toBase64(view) {
    var bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    var binary = '';
    for (var i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  }

  function fromBase64(text) {
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function cloneError(what) {
    return new Error('An object could not be cloned: ' + what);
  }

  function encode(value, seen) {
    seen = seen || [];
    var tagged = {};
    if (value === undefined) {
      tagged[MARK] = 'undefined';
      return tagged;
    }
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (Number.isFinite(value) && !Object.is(value, -0)) return value;
      tagged[MARK] = 'number';
      tagged.value = Object.is(value, -0) ? '-0' : String(value);
      return tagged;
    }
    if (typeof value === 'bigint') {
      tagged[MARK] = 'bigint';
      tagged.value = value.toString();
      return tagged;
    }
    if (typeof value === 'function' || typeof value === 'symbol') throw cloneError(typeof value);
    if (seen.indexOf(value) >= 0) throw cloneError('a cycle (the harness cannot carry cycles)');
    seen = seen.concat([value]);
    if (value instanceof Date) {
      tagged[MARK] = 'Date';
      tagged.value = encode(value.getTime());
      return tagged;
    }
    if (value instanceof ArrayBuffer) {
      tagged[MARK] = 'ArrayBuffer';
      tagged.base64 = toBase64(new Uint8Array(value));
      return tagged;
    }
    if (ArrayBuffer.isView(value)) {
      var name = value.constructor && value.constructor.name;
      // A Node Buffer arrives in the page as what structured clone makes of it: a Uint8Array.
      tagged[MARK] = VIEWS.indexOf(name) >= 0 ? name : 'Uint8Array';
      tagged.base64 = toBase64(value);
      return tagged;
    }
    if (value instanceof Map) {
      tagged[MARK] = 'Map';
      tagged.entries = Array.from(value, function (entry) {
        return [encode(entry[0], seen), encode(entry[1], seen)];
      });
      return tagged;
    }
    if (value instanceof Set) {
      tagged[MARK] = 'Set';
      tagged.values = Array.from(value, function (v) {
        return encode(v, seen);
      });
      return tagged;
    }
    if (value instanceof RegExp) {
      tagged[MARK] = 'RegExp';
      tagged.source = value.source;
      tagged.flags = value.flags;
      return tagged;
    }
    if (value instanceof Error) {
      tagged[MARK] = 'Error';
      tagged.name = value.name;
      tagged.message = value.message;
      return tagged;
    }
    if (Array.isArray(value)) {
      return value.map(function (v) {
        return encode(v, seen);
      });
    }
    // Any other object goes as its own enumerable properties, as structured clone does.
    var out = {};
    Object.keys(value).forEach(function (key) {
      out[key] = encode(value[key], seen);
    });
    if (Object.prototype.hasOwnProperty.call(out, MARK)) {
      tagged[MARK] = 'object';
      tagged.value = Object.keys(out).map(function (key) {
        return [key, out[key]];
      });
      return tagged;
    }
    return out;
  }

  function decode(value) {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map(decode);
    var kind = value[MARK];
    if (kind === undefined) {
      var out = {};
      Object.keys(value).forEach(function (key) {
        out[key] = decode(value[key]);
      });
      return out;
    }
    switch (kind) {
      case 'undefined':
        return undefined;
      case 'number':
        return value.value === '-0' ? -0 : Number(value.value);
      case 'bigint':
        return BigInt(value.value);
      case 'Date':
        return new Date(decode(value.value));
      case 'ArrayBuffer':
        return fromBase64(value.base64).buffer;
      case 'Map':
        return new Map(
          value.entries.map(function (entry) {
            return [decode(entry[0]), decode(entry[1])];
          }),
        );
      case 'Set':
        return new Set(value.values.map(decode));
      case 'RegExp':
        return new RegExp(value.source, value.flags);
      case 'Error': {
        var ERRORS = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];
        var Ctor = ERRORS.indexOf(value.name) >= 0 ? root[value.name] : Error;
        var error = new Ctor(value.message);
        if (error.name !== value.name) error.name = value.name;
        return error;
      }
      case 'object': {
        var object = {};
        value.value.forEach(function (entry) {
          object[entry[0]] = decode(entry[1]);
        });
        return object;
      }
      default: {
        if (VIEWS.indexOf(kind) < 0) throw new Error('Unknown encoded value: ' + kind);
        var bytes = fromBase64(value.base64);
        if (kind === 'Uint8Array') return bytes;
        var View = root[kind];
        return kind === 'DataView'
          ? new DataView(bytes.buffer)
          : new View(bytes.buffer, 0, bytes.byteLength / View.BYTES_PER_ELEMENT);
      }
    }
  }

  /** What crosses the wire: a JSON string, so Playwright's own serialisation changes nothing. */
  function pack(value) {
    return JSON.stringify({ v: encode(value) });
  }
  function unpack(text) {
    return decode(JSON.parse(text).v);
  }

  var codec = { encode: encode, decode: decode, pack: pack, unpack: unpack };
  // Node reads the codec from here; in the page, specs use it to pass bytes through page.evaluate.
  Object.defineProperty(root, '__tradewindCodec', { value: codec, enumerable: false, configurable: true });
  var config = root.__tradewindBridgeConfig;
  if (!config) return;
  delete root.__tradewindBridgeConfig;

  // window.api: exactly the contract, like the preload.
  var listeners = new Map();
  var api = {};
  config.invoke.forEach(function (channel) {
    api[channel] = function (arg) {
      var payload;
      try {
        payload = pack(arg);
      } catch (err) {
        return Promise.reject(err);
      }
      // Looked up per call: Playwright's binding may be installed after this script.
      return root[config.binding](channel, payload).then(unpack);
    };
  });
  api.on = function (event, listener) {
    if (config.events.indexOf(event) < 0) throw new Error('Unknown event: ' + event);
    var set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    var wrapped = function (payload) {
      listener(payload);
    };
    set.add(wrapped);
    return function () {
      set.delete(wrapped);
    };
  };
  Object.freeze(api);
  Object.defineProperty(root, 'api', { value: api, enumerable: true, writable: false, configurable: false });
  // main → renderer events; answers how many listeners heard it.
  Object.defineProperty(root, config.emit, {
    value: function (event, text) {
      var payload = unpack(text);
      var set = listeners.get(event);
      var heard = set ? Array.from(set) : [];
      heard.forEach(function (listener) {
        listener(payload);
      });
      return heard.length;
    },
    enumerable: false,
    writable: false,
    configurable: false,
  });
})(globalThis);
