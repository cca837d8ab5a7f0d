/*
 * The script of Specgen's HTML reference. It filters the sidebar and, on an operation page, builds
 * the "Try it" form from the page's call description (a JSON element written by the generator),
 * keeps the live Java and curl snippets in step with the form, and sends the request through a
 * gateway. The Java text is assembled from templates the generator rendered with the same code
 * that writes the compiled snippets; this script only fills in the values.
 *
 * Credentials are kept in localStorage (per spec), sent to the gateway in dedicated headers, and
 * never written into the URL, the console or a snippet (snippets read environment variables).
 */
(function () {
  'use strict';

  var INLINE_WIDTH = 72;
  var CREDENTIAL_HEADER = 'X-Specgen-Credential-';

  function byId(id) {
    return document.getElementById(id);
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  // ---- sidebar filter

  function setUpFilter() {
    var filter = byId('filter');
    if (!filter) {
      return;
    }
    filter.addEventListener('input', function () {
      var words = filter.value.toLowerCase().trim();
      document.querySelectorAll('.tag-group').forEach(function (group) {
        var shown = 0;
        group.querySelectorAll('.op-link').forEach(function (item) {
          var match = words === '' || item.textContent.toLowerCase().indexOf(words) >= 0;
          item.hidden = !match;
          shown += match ? 1 : 0;
        });
        group.hidden = shown === 0;
      });
    });
  }

  // ---- Java text

  /** A Java string literal, escaped as the generator's Java writer escapes it. */
  function javaString(text) {
    var out = '"';
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      var code = text.charCodeAt(i);
      if (c === '"') out += '\\"';
      else if (c === '\\') out += '\\\\';
      else if (c === '\n') out += '\\n';
      else if (c === '\r') out += '\\r';
      else if (c === '\t') out += '\\t';
      else if (c === '\b') out += '\\b';
      else if (c === '\f') out += '\\f';
      else if (code < 0x20 || code === 0x7f) out += '\\u' + ('000' + code.toString(16)).slice(-4);
      else out += c;
    }
    return out + '"';
  }

  /** Indents every line but the first by four spaces. */
  function indentRest(text) {
    return text.split('\n').join('\n    ');
  }

  function fits(text) {
    return text.indexOf('\n') < 0 && text.length <= INLINE_WIDTH;
  }

  /** name(a, b) on one line when it fits, else one argument per line (as the compiled snippets). */
  function callText(name, args) {
    var inline = name + '(' + args.join(', ') + ')';
    if (args.length === 0 || fits(inline)) {
      return inline;
    }
    return name + '(' + args.map(function (arg, i) {
      return '\n    ' + indentRest(arg) + (i + 1 < args.length ? ',' : '');
    }).join('') + ')';
  }

  function Java(description) {
    this.types = description.types;
    this.imports = {};
  }

  Java.prototype.use = function (imports) {
    var self = this;
    (imports || []).forEach(function (name) {
      self.imports[name] = true;
    });
  };

  Java.prototype.resolve = function (type) {
    return type.kind === 'ref' ? this.types[type.name] : type;
  };

  /** The Java expression of a value (strings for scalars, arrays, objects keyed by wire name). */
  Java.prototype.value = function (type, value) {
    type = this.resolve(type);
    if (!type || type.kind === 'unsupported') {
      throw new Error('unsupported');
    }
    this.use(type.imports);
    switch (type.kind) {
      case 'scalar': return this.scalar(type, String(value));
      case 'enum': return this.enumValue(type, String(value));
      case 'list': return this.list(type, value);
      case 'map': return this.map(type, value);
      case 'object': return this.object(type, value);
      default: throw new Error('unsupported');
    }
  };

  Java.prototype.scalar = function (type, text) {
    if (type.decimal && !/[.eE]/.test(text)) {
      text += '.0';
    }
    return type.java.replace('@S', javaString(text)).replace('@L', text);
  };

  Java.prototype.enumValue = function (type, wire) {
    var constant = type.values.filter(function (v) { return v.wire === wire; })[0];
    if (constant) {
      return constant.java;
    }
    return type.other.replace('@S', javaString(wire)).replace('@L', wire);
  };

  Java.prototype.list = function (type, items) {
    var self = this;
    return callText(type.java, items.map(function (item) { return self.value(type.items, item); }));
  };

  Java.prototype.map = function (type, entries) {
    var self = this;
    var keys = Object.keys(entries).sort();
    var ofEntries = keys.length > 10;
    var args = keys.map(function (key) {
      var value = self.value(type.values, entries[key]);
      return ofEntries ? 'Map.entry(' + javaString(key) + ', ' + value + ')' : javaString(key) + ', ' + value;
    });
    var map = callText(ofEntries ? 'Map.ofEntries' : type.java, args);
    if (keys.length <= 1) {
      return map;
    }
    this.use(['java.util.TreeMap']);
    return 'new TreeMap<>(' + map + ')';
  };

  Java.prototype.object = function (type, fields) {
    var self = this;
    var setters = [];
    type.fields.forEach(function (field) {
      if (fields[field.wire] !== undefined && fields[field.wire] !== null) {
        setters.push('.' + field.setter + '(' + indentRest(self.value(field.type, fields[field.wire])) + ')');
      }
    });
    var inline = type.java + setters.join('') + '.build()';
    if (setters.length === 0 || (setters.length === 1 && fits(inline))) {
      return inline;
    }
    return type.java + setters.map(function (s) { return '\n    ' + indentRest(s); }).join('') + '\n    .build()';
  };

  /** The call's Java: the compiled snippet's skeleton with a setter per filled-in value. */
  function javaSnippet(description, values) {
    var java = new Java(description);
    var lines = description.skeleton.split('\n');
    var body = [];
    lines.forEach(function (line) {
      var match = /^import ([\w.]+);$/.exec(line);
      if (match) {
        java.use([match[1]]);
      } else if (body.length > 0 || line !== '') {
        body.push(line);
      }
    });
    var setters = [];
    var notes = [];
    values.forEach(function (entry) {
      try {
        setters.push('    .' + entry.setter + '(' + indentRest(java.value(entry.type, entry.value)) + ')');
      } catch (e) {
        notes.push('// ' + entry.setter + ': this value cannot be written from the form; set it in Java.');
      }
    });
    var text = body.join('\n');
    var build = text.indexOf('\n    .build();');
    if (build >= 0) {
      text = text.slice(0, build) + (setters.length ? '\n' + setters.join('\n') : '') + text.slice(build);
    }
    var imports = Object.keys(java.imports).sort().map(function (name) { return 'import ' + name + ';'; });
    return (imports.length ? imports.join('\n') + '\n\n' : '') + (notes.length ? notes.join('\n') + '\n' : '') + text;
  }

  // ---- the request on the wire (as the generated client sends it)

  function encode(text) {
    var bytes = new TextEncoder().encode(text);
    var out = '';
    bytes.forEach(function (b) {
      var c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-._~]/.test(c)) {
        out += c;
      } else {
        out += '%' + ('0' + b.toString(16).toUpperCase()).slice(-2);
      }
    });
    return out;
  }

  function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  function isAbsent(value) {
    return value === undefined || value === null || (Array.isArray(value) && value.length === 0)
      || (isObject(value) && Object.keys(value).length === 0);
  }

  function wireText(type, value, java) {
    var resolved = type ? java.resolve(type) : null;
    var text = String(value);
    if (resolved && resolved.kind === 'scalar' && resolved.decimal && !/[.eE]/.test(text)) {
      text += '.0';
    }
    return text;
  }

  function itemType(type, java) {
    var resolved = type ? java.resolve(type) : null;
    return resolved && resolved.kind === 'list' ? resolved.items : resolved && resolved.kind === 'map' ? resolved.values : null;
  }

  function fieldType(type, wire, java) {
    var resolved = type ? java.resolve(type) : null;
    if (resolved && resolved.kind === 'object') {
      var field = resolved.fields.filter(function (f) { return f.wire === wire; })[0];
      return field ? field.type : null;
    }
    return resolved && resolved.kind === 'map' ? resolved.values : null;
  }

  function simpleItems(type, value, java) {
    if (Array.isArray(value)) {
      return value.map(function (item) { return wireText(itemType(type, java), item, java); });
    }
    if (isObject(value)) {
      var items = [];
      Object.keys(value).forEach(function (key) {
        items.push(key, wireText(fieldType(type, key, java), value[key], java));
      });
      return items;
    }
    return [wireText(type, value, java)];
  }

  function deepObject(key, type, value, pairs, java) {
    if (isObject(value)) {
      Object.keys(value).forEach(function (field) {
        deepObject(key + '[' + field + ']', fieldType(type, field, java), value[field], pairs, java);
      });
    } else if (Array.isArray(value)) {
      value.forEach(function (item, i) {
        deepObject(typeof item === 'object' ? key + '[' + i + ']' : key, itemType(type, java), item, pairs, java);
      });
    } else {
      pairs.push(encode(key) + '=' + encode(wireText(type, value, java)));
    }
  }

  function queryPairs(parameter, value, java) {
    var pairs = [];
    var type = parameter.type;
    if (isAbsent(value)) {
      return pairs;
    }
    var delimiter = parameter.style === 'space_delimited' ? '%20' : parameter.style === 'pipe_delimited' ? '%7C' : ',';
    if (parameter.style === 'deep_object') {
      deepObject(parameter.name, type, value, pairs, java);
    } else if (parameter.style === 'form' && parameter.explode) {
      var repeat = function (name, itemsType, item) {
        if (Array.isArray(item)) {
          item.forEach(function (x) { pairs.push(encode(name) + '=' + encode(wireText(itemType(itemsType, java), x, java))); });
        } else {
          pairs.push(encode(name) + '=' + encode(wireText(itemsType, item, java)));
        }
      };
      if (isObject(value)) {
        Object.keys(value).forEach(function (key) { repeat(key, fieldType(type, key, java), value[key]); });
      } else {
        repeat(parameter.name, type, value);
      }
    } else {
      var items = simpleItems(type, value, java).map(encode);
      if (items.length) {
        pairs.push(encode(parameter.name) + '=' + items.join(delimiter));
      }
    }
    return pairs;
  }

  /** The request the values make: path and query, headers, body text (credentials aside). */
  function wireRequest(description, values) {
    var java = new Java(description);
    var path = description.path;
    var query = [];
    var headers = [['Accept', 'application/json']];
    if (values.body !== undefined) {
      headers.push(['Content-Type', 'application/json']);
    }
    description.parameters.forEach(function (parameter) {
      var value = parameter.constant !== undefined ? parameter.constant : values.parameters[parameter.name + ':' + parameter.in];
      if (isAbsent(value)) {
        return;
      }
      if (parameter.in === 'path') {
        var segment = simpleItems(parameter.type, value, java).map(encode).join(',');
        path = path.split('{' + parameter.name + '}').join(segment === '.' || segment === '..' ? segment.replace(/\./g, '%2E') : segment);
      } else if (parameter.in === 'query') {
        query = query.concat(queryPairs(parameter, value, java));
      } else if (parameter.in === 'header') {
        headers.push([parameter.name, simpleItems(parameter.type, value, java).join(',')]);
      }
    });
    return {
      method: description.method,
      target: path + (query.length ? '?' + query.join('&') : ''),
      headers: headers,
      body: values.body
    };
  }

  // ---- curl text

  function single(text) {
    return "'" + text.split("'").join("'\\''") + "'";
  }

  function inDoubleQuotes(text) {
    return text.replace(/["\\$`]/g, function (c) { return '\\' + c; });
  }

  function curlSnippet(description, request) {
    var url = description.baseUrl + request.target;
    var marker = 'SPECGEN_URL_MARKER';
    var lines = description.curl.replace(/\n$/, '').split(' \\\n  ');
    var out = [];
    lines.forEach(function (option) {
      if (option.indexOf("'" + marker + "'") >= 0) {
        out.push(option.replace("'" + marker + "'", function () { return single(url); }));
      } else if (option.indexOf(marker) >= 0) {
        var quoted = inDoubleQuotes(url);
        out.push(option.replace(marker + '?', function () { return quoted + (url.indexOf('?') >= 0 ? '&' : '?'); })
          .replace(marker, function () { return quoted; }));
      } else {
        out.push(option);
      }
      if (option.indexOf('--url ') === 0) {
        request.headers.forEach(function (header) {
          out.push('--header ' + single(header[0] + ': ' + header[1]));
        });
      }
    });
    if (request.body !== undefined) {
      out.push('--data ' + single(request.body));
    }
    return out.join(' \\\n  ') + '\n';
  }

  // ---- the form

  function fieldId(path) {
    return 'f-' + path.replace(/[^A-Za-z0-9_-]/g, '_');
  }

  function Form(description, java) {
    this.description = description;
    this.java = java;
    this.readers = [];
  }

  /** An input for a value of {@code type}; returns a function that reads its current value. */
  Form.prototype.input = function (container, path, type, example, required, depth) {
    var resolved = this.java.resolve(type);
    var id = fieldId(path);
    if (resolved && resolved.kind === 'scalar') {
      return this.scalarInput(container, id, resolved, example, required);
    }
    if (resolved && resolved.kind === 'enum') {
      return this.select(container, id, resolved, example, required);
    }
    if (resolved && resolved.kind === 'list') {
      var items = this.java.resolve(resolved.items);
      if (items && items.kind === 'enum') {
        return this.checkboxes(container, id, items, example || []);
      }
      if (items && (items.kind === 'scalar')) {
        return this.repeatable(container, id, items, example || []);
      }
    }
    if (resolved && resolved.kind === 'object' && depth < 2) {
      return this.fieldset(container, path, resolved, example || {}, depth);
    }
    return this.jsonInput(container, id, example);
  };

  Form.prototype.scalarInput = function (container, id, type, example, required) {
    var input;
    if (type.input === 'boolean') {
      input = element('select', { id: id });
      ['', 'true', 'false'].forEach(function (v) {
        input.appendChild(element('option', { value: v }, v === '' ? '(not set)' : v));
      });
      input.value = example === undefined ? '' : String(example);
    } else {
      input = element('input', { id: id, type: type.input === 'text' ? 'text' : 'number' });
      if (type.input === 'integer') input.setAttribute('step', '1');
      if (type.input === 'number') input.setAttribute('step', 'any');
      if (required) input.setAttribute('required', '');
      if (example !== undefined) input.value = String(example);
    }
    container.appendChild(input);
    return function () {
      return input.value === '' ? undefined : input.value;
    };
  };

  Form.prototype.select = function (container, id, type, example, required) {
    var select = element('select', { id: id });
    if (!required) {
      select.appendChild(element('option', { value: '' }, '(not set)'));
    }
    type.values.forEach(function (v) {
      select.appendChild(element('option', { value: v.wire }, v.wire));
    });
    select.value = example === undefined ? (required ? type.values[0].wire : '') : String(example);
    container.appendChild(select);
    return function () {
      return select.value === '' ? undefined : select.value;
    };
  };

  Form.prototype.checkboxes = function (container, id, items, example) {
    var boxes = [];
    var group = element('span', { class: 'choices', id: id });
    items.values.forEach(function (v) {
      var box = element('input', { type: 'checkbox', id: id + "-" + v.wire.replace(/[^A-Za-z0-9_-]/g, "_"), value: v.wire });
      box.checked = example.map(String).indexOf(v.wire) >= 0;
      var label = element('label', { class: 'choice' });
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + v.wire));
      group.appendChild(label);
      boxes.push(box);
    });
    container.appendChild(group);
    return function () {
      var chosen = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      return chosen.length ? chosen : undefined;
    };
  };

  Form.prototype.repeatable = function (container, id, items, example) {
    var self = this;
    var list = element('span', { class: 'repeatable', id: id });
    var inputs = [];
    var add = function (value) {
      var input = element('input', { type: items.input === 'text' ? 'text' : 'number', id: id + '-' + inputs.length });
      if (value !== undefined) input.value = String(value);
      input.addEventListener('input', self.onChange);
      inputs.push(input);
      list.insertBefore(input, button);
    };
    var button = element('button', { type: 'button', class: 'add' }, 'Add');
    list.appendChild(button);
    button.addEventListener('click', function () { add(); });
    example.forEach(add);
    if (example.length === 0) add();
    container.appendChild(list);
    return function () {
      var values = inputs.map(function (i) { return i.value; }).filter(function (v) { return v !== ''; });
      return values.length ? values : undefined;
    };
  };

  Form.prototype.fieldset = function (container, path, type, example, depth) {
    var self = this;
    var fieldset = element('fieldset', { class: 'object', id: fieldId(path) });
    var readers = {};
    type.fields.forEach(function (field) {
      var row = element('div', { class: 'field' });
      row.appendChild(element('label', { for: fieldId(path + '.' + field.wire) }, field.wire));
      readers[field.wire] = self.input(row, path + '.' + field.wire, field.type, example[field.wire], false, depth + 1);
      fieldset.appendChild(row);
    });
    container.appendChild(fieldset);
    return function () {
      var out = {};
      Object.keys(readers).forEach(function (wire) {
        var value = readers[wire]();
        if (value !== undefined) out[wire] = value;
      });
      return Object.keys(out).length ? out : undefined;
    };
  };

  Form.prototype.jsonInput = function (container, id, example) {
    var area = element('textarea', { id: id, rows: '3', spellcheck: 'false', class: 'json' });
    if (example !== undefined) area.value = JSON.stringify(example);
    container.appendChild(area);
    return function () {
      if (area.value.trim() === '') return undefined;
      try {
        area.classList.remove('invalid');
        return JSON.parse(area.value);
      } catch (e) {
        area.classList.add('invalid');
        return undefined;
      }
    };
  };

  Form.prototype.build = function (fields, onChange) {
    var self = this;
    this.onChange = onChange;
    this.description.parameters.forEach(function (parameter) {
      if (parameter.constant !== undefined) {
        return;
      }
      var row = element('div', { class: 'field' });
      var id = fieldId(parameter.in + '-' + parameter.name);
      var label = element('label', { for: id }, parameter.name);
      if (parameter.required) {
        label.appendChild(element('span', { class: 'required' }, ' required'));
      }
      label.appendChild(element('span', { class: 'in' }, ' ' + parameter.in));
      row.appendChild(label);
      var read = self.input(row, parameter.in + '-' + parameter.name, parameter.type, parameter.example,
        parameter.required, 0);
      self.readers.push({ parameter: parameter, read: read });
      fields.appendChild(row);
    });
    if (this.description.body) {
      var row = element('div', { class: 'field body' });
      row.appendChild(element('label', { for: 'body-editor' }, 'Request body (JSON)'));
      var area = element('textarea', { id: 'body-editor', rows: '10', spellcheck: 'false', class: 'json' });
      area.value = this.description.body.example || '';
      row.appendChild(area);
      row.appendChild(element('p', { id: 'body-error', class: 'error', 'aria-live': 'polite' }));
      fields.appendChild(row);
    }
    fields.addEventListener('input', onChange);
    fields.addEventListener('change', onChange);
  };

  /** The current values: parameters by name and location, the body text, and the Java setters. */
  Form.prototype.values = function () {
    var out = { parameters: {}, setters: [], body: undefined };
    this.readers.forEach(function (reader) {
      var value = reader.read();
      if (value !== undefined) {
        out.parameters[reader.parameter.name + ':' + reader.parameter.in] = value;
        out.setters.push({ setter: reader.parameter.setter, type: reader.parameter.type, value: value });
      }
    });
    var area = byId('body-editor');
    if (area) {
      var error = byId('body-error');
      error.textContent = '';
      if (area.value.trim() !== '') {
        try {
          var parsed = JSON.parse(area.value);
          out.body = JSON.stringify(parsed, null, 2);
          out.setters.push({ setter: this.description.body.setter, type: this.description.body.type, value: parsed });
        } catch (e) {
          error.textContent = 'Not valid JSON: ' + e.message;
        }
      }
    }
    return out;
  };

  // ---- credentials and the gateway, saved per spec

  function Storage(spec) {
    this.key = 'specgen.reference.' + spec;
  }

  Storage.prototype.load = function () {
    try {
      return JSON.parse(window.localStorage.getItem(this.key)) || {};
    } catch (e) {
      return {};
    }
  };

  Storage.prototype.save = function (state) {
    try {
      window.localStorage.setItem(this.key, JSON.stringify(state));
    } catch (e) {
      // storage may be unavailable (private mode); the page still works without it
    }
  };

  Storage.prototype.forget = function () {
    try {
      window.localStorage.removeItem(this.key);
    } catch (e) {
      // nothing saved
    }
  };

  function credentialInputs(description, saved, onChange) {
    var container = byId('credentials');
    var inputs = [];
    if (description.credentials.length === 0) {
      container.appendChild(element('p', {}, 'This operation needs no credentials.'));
    }
    description.credentials.forEach(function (credential) {
      var parts = credential.kind === 'basic' ? ['user', 'password'] : ['value'];
      parts.forEach(function (part) {
        var id = 'cred-' + credential.scheme.replace(/[^A-Za-z0-9_-]/g, '_') + '-' + part;
        var label = credential.kind === 'bearer' ? 'Bearer token (' + credential.scheme + ')'
          : credential.kind === 'basic' ? (part === 'user' ? 'User' : 'Password') + ' (' + credential.scheme + ')'
            : 'API key ' + credential.name + ' (' + credential.scheme + ')';
        var row = element('div', { class: 'field' });
        row.appendChild(element('label', { for: id }, label));
        var input = element('input', { id: id, type: 'password', autocomplete: 'off' });
        input.value = (saved[credential.scheme] || {})[part] || '';
        input.addEventListener('input', onChange);
        row.appendChild(input);
        container.appendChild(row);
        inputs.push({ credential: credential, part: part, input: input });
      });
    });
    return inputs;
  }

  function credentialState(inputs) {
    var state = {};
    inputs.forEach(function (entry) {
      state[entry.credential.scheme] = state[entry.credential.scheme] || {};
      state[entry.credential.scheme][entry.part] = entry.input.value;
    });
    return state;
  }

  /** The dedicated headers that carry the page's credentials to the gateway. */
  function credentialHeaders(description, state) {
    var headers = {};
    description.credentials.forEach(function (credential) {
      var values = state[credential.scheme] || {};
      var value = credential.kind === 'basic'
        ? (values.user ? values.user + ':' + (values.password || '') : '')
        : values.value;
      if (value) {
        headers[CREDENTIAL_HEADER + credential.scheme] = value;
      }
    });
    return headers;
  }

  // ---- sending

  function send(description, request, state, gateway) {
    var status = byId('result-status');
    var result = byId('result');
    result.hidden = false;
    byId('result-headers').textContent = '';
    byId('result-body').textContent = '';
    status.textContent = 'Sending...';
    var headers = {};
    request.headers.forEach(function (h) { headers[h[0]] = h[1]; });
    var extra = credentialHeaders(description, state);
    Object.keys(extra).forEach(function (name) { headers[name] = extra[name]; });
    headers['X-Specgen-Spec'] = document.body.getAttribute('data-spec');
    headers['X-Specgen-Schemes'] = description.credentials.map(function (c) { return c.scheme; }).join(',');
    var started = performance.now();
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, 60000);
    fetch(gateway.replace(/\/+$/, '') + request.target, {
      method: request.method,
      headers: headers,
      body: request.body,
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store'
    }).then(function (response) {
      return response.text().then(function (text) {
        clearTimeout(timer);
        var took = Math.round(performance.now() - started);
        status.textContent = response.status + ' ' + response.statusText + ' in ' + took + ' ms';
        status.className = response.ok ? 'ok' : 'failed';
        var lines = [];
        response.headers.forEach(function (value, name) { lines.push(name + ': ' + value); });
        byId('result-headers').textContent = lines.join('\n');
        var body = text;
        try {
          body = JSON.stringify(JSON.parse(text), null, 2);
        } catch (e) {
          // not JSON: shown as it came
        }
        byId('result-body').textContent = body;
      });
    }).catch(function (error) {
      clearTimeout(timer);
      status.className = 'failed';
      status.textContent = error.name === 'AbortError'
        ? 'No answer within 60 s (timeout).'
        : 'The gateway could not be reached, or it refused the page (CORS). Is it running at ' + gateway + '?';
    });
  }

  // ---- the operation page

  function setUpOperation() {
    var descriptionElement = byId('call-description');
    if (!descriptionElement) {
      return;
    }
    var description = JSON.parse(descriptionElement.textContent);
    var storage = new Storage(document.body.getAttribute('data-spec'));
    var saved = storage.load();
    var form = new Form(description, new Java(description));
    var gateway = byId('gateway-url');
    var sendButton = byId('send');
    var hint = byId('send-hint');
    var credentials;
    var current = {};

    function refresh() {
      var values = form.values();
      var request = wireRequest(description, values);
      current = { request: request };
      byId('snippet-java').textContent = javaSnippet(description, values.setters);
      byId('snippet-curl').textContent = curlSnippet(description, request);
      var state = { gateway: gateway.value.trim(), credentials: credentialState(credentials) };
      storage.save(state);
      sendButton.disabled = state.gateway === '';
      hint.hidden = !sendButton.disabled;
    }

    gateway.value = saved.gateway || '';
    credentials = credentialInputs(description, saved.credentials || {}, refresh);
    form.build(byId('form-fields'), refresh);
    gateway.addEventListener('input', refresh);
    byId('forget').addEventListener('click', function () {
      storage.forget();
      gateway.value = '';
      credentials.forEach(function (entry) { entry.input.value = ''; });
      refresh();
      storage.forget();
    });
    sendButton.addEventListener('click', function () {
      send(description, current.request, credentialState(credentials), gateway.value.trim());
    });
    document.querySelectorAll('.tab').forEach(function (tab) {
      tab.addEventListener('click', function () {
        document.querySelectorAll('.tab').forEach(function (t) {
          t.classList.toggle('active', t === tab);
        });
        byId('snippet-java').hidden = tab.getAttribute('data-tab') !== 'java';
        byId('snippet-curl').hidden = tab.getAttribute('data-tab') !== 'curl';
      });
    });
    byId('copy').addEventListener('click', function () {
      var shown = byId('snippet-java').hidden ? byId('snippet-curl') : byId('snippet-java');
      if (navigator.clipboard) {
        navigator.clipboard.writeText(shown.textContent).catch(function () { /* copying is best effort */ });
      }
    });
    refresh();
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpFilter();
    setUpOperation();
  });
}());
