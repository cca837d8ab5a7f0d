// Writes the 50 small specs (and the edited copy of one) rather than checking them in. Every spec
// references the shared fragment common/problem.yaml.
def specs = new File(basedir, 'src/main/specs')
new File(specs, 'common').mkdirs()
new File(specs, 'common/problem.yaml').text = '''\
components:
  schemas:
    Problem:
      type: object
      properties:
        title: {type: string}
        status: {type: integer}
'''

def spec = { String name, String extraProperty ->
  """\
openapi: 3.1.0
info: {title: ${name.capitalize()}, version: '1'}
paths:
  /items/{id}:
    get:
      operationId: getItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: the item
          content:
            application/json:
              schema: {\$ref: '#/components/schemas/Item'}
        '404':
          description: no such item
          content:
            application/json:
              schema: {\$ref: 'common/problem.yaml#/components/schemas/Problem'}
components:
  schemas:
    Item:
      type: object
      properties:
        id: {type: string}
        name: {type: string}${extraProperty}
"""
}

(1..50).each { i ->
  def name = String.format('svc%02d', i)
  new File(specs, "${name}.yaml").text = spec(name, '')
}
new File(basedir, 'changed').mkdirs()
new File(basedir, 'changed/svc07.yaml').text = spec('svc07', '\n        note: {type: string}')
return true
