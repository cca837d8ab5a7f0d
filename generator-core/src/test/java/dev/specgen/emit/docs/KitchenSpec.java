package dev.specgen.emit.docs;

/**
 * A spec that uses every kind of value the example renderers know: each primitive format, string
 * and integer enums (and a value an enum does not list), nested lists, maps, a union, free-form
 * values, and query parameters in every style.
 */
final class KitchenSpec {

  private KitchenSpec() {}

  static final String YAML = """
      openapi: 3.1.0
      info: {title: Kitchen API, version: '1'}
      servers: [{url: 'https://kitchen.example.com/v1/'}]
      security: [{apiKey: []}]
      paths:
        /things/{id}/{day}:
          post:
            operationId: putThing
            summary: Put a thing
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}, example: 'a b/c:d'}
              - {name: day, in: path, required: true, schema: {type: string, format: date}, example: '2024-02-29'}
              - {name: at, in: query, schema: {type: string, format: date-time}, example: '2024-01-15T09:30:00.000+02:00'}
              - {name: ratio, in: query, schema: {type: number, format: double}, example: 0.1}
              - {name: weight, in: query, schema: {type: number, format: float}, example: 0.1}
              - {name: price, in: query, schema: {type: number}, example: 10.50}
              - {name: big, in: query, schema: {type: integer, format: int64}, example: 9007199254740993}
              - {name: uid, in: query, schema: {type: string, format: uuid}, example: 3FA85F64-5717-4562-B3FC-2C963F66AFA6}
              - {name: tags, in: query, schema: {type: array, items: {type: string}}, example: [a, 'b c&d']}
              - {name: ids, in: query, style: form, explode: false, schema: {type: array, items: {type: integer}}, example: [1, 2]}
              - {name: pipes, in: query, style: pipeDelimited, schema: {type: array, items: {type: string}}, example: [x, 'y|z']}
              - name: filter
                in: query
                style: deepObject
                schema: {$ref: '#/components/schemas/Filter'}
                example: {level: {min: 1}, kinds: [big, small], when: '2024-01-15T09:30:00Z'}
              - {name: color, in: query, schema: {$ref: '#/components/schemas/Color'}, example: green}
              - {name: level, in: query, schema: {$ref: '#/components/schemas/Level'}, example: 2}
              - {name: flag, in: query, schema: {type: boolean}, example: false}
              - {name: limit, in: query, schema: {type: integer, default: 10}}
              - {name: X-Trace, in: header, schema: {type: array, items: {type: string}}, example: [t1, t2]}
              - {name: X-Mode, in: header, required: true, schema: {type: string, enum: [fast], default: fast}}
            requestBody:
              required: true
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Everything'}
                  example:
                    text: "Hello \\"world\\" ``` <b>|</b>"
                    count: 3
                    total: 9007199254740993
                    ratio: 0.1
                    weight: 2.5
                    price: 10.50
                    flag: true
                    day: '2024-02-29'
                    at: '2024-01-15T09:30:00Z'
                    uid: 3fa85f64-5717-4562-b3fc-2c963f66afa6
                    data: c3BlY2dlbg==
                    color: red
                    otherColor: purple
                    level: 3
                    tags: [a, b]
                    matrix: [[1, 2], [3]]
                    scores: {b: 2.5, a: 1}
                    nested: {kinds: [x], level: {min: 0}}
                    anything: {z: [1, 'two', {three: 3.0}], a: null}
                    pet: {meow: true}
                    ignored: 42
            responses:
              '200':
                description: The thing.
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Everything'}
              '422':
                description: Invalid | thing
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Problem'}
      components:
        securitySchemes:
          apiKey: {type: apiKey, in: header, name: X-Api-Key}
        schemas:
          Color: {type: string, enum: [red, green]}
          Level: {type: integer, enum: [1, 2, 3]}
          Filter:
            type: object
            properties:
              level:
                type: object
                properties:
                  min: {type: integer}
              kinds: {type: array, items: {type: string}}
              when: {type: string, format: date-time}
          Cat:
            type: object
            required: [meow]
            properties:
              meow: {type: boolean}
          Dog:
            type: object
            required: [bark]
            properties:
              bark: {type: string}
          Problem:
            type: object
            properties:
              message: {type: string}
          Everything:
            type: object
            required: [text, count, required]
            properties:
              text: {type: string}
              count: {type: integer}
              total: {type: integer, format: int64}
              ratio: {type: number, format: double}
              weight: {type: number, format: float}
              price: {type: number}
              flag: {type: boolean}
              day: {type: string, format: date}
              at: {type: string, format: date-time}
              uid: {type: string, format: uuid}
              data: {type: string, format: byte}
              color: {$ref: '#/components/schemas/Color'}
              otherColor: {$ref: '#/components/schemas/Color'}
              level: {$ref: '#/components/schemas/Level'}
              tags: {type: array, items: {type: string}}
              matrix: {type: array, items: {type: array, items: {type: integer}}}
              scores: {type: object, additionalProperties: {type: number}}
              nested: {$ref: '#/components/schemas/Filter'}
              anything: {}
              pet:
                oneOf:
                  - {$ref: '#/components/schemas/Cat'}
                  - {$ref: '#/components/schemas/Dog'}
              required: {type: string, example: must be set}
      """;
}
