package cn.gov.jinshan.congress.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

/** The document says that a JSON request body with an unknown field is refused. */
class StrictRequestSchemasTest {

  @Test
  void shouldCloseEveryObjectSchemaOfAJsonRequestBodyAndNothingElse() {
    Schema item =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .addProperty("count", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
    Schema draft =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
            .addProperty(
                "items",
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.ARRAY)
                    .items(OASFactory.createSchema().ref("#/components/schemas/Item")));
    Schema labels =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .additionalPropertiesSchema(
                OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    draft.addProperty("labels", labels);
    Schema view =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .addProperty("id", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    OpenAPI openAPI =
        OASFactory.createOpenAPI()
            .components(
                OASFactory.createComponents()
                    .addSchema("Draft", draft)
                    .addSchema("Item", item)
                    .addSchema("View", view))
            .paths(
                OASFactory.createPaths()
                    .addPathItem(
                        "/api/v1/drafts",
                        OASFactory.createPathItem()
                            .POST(
                                OASFactory.createOperation()
                                    .requestBody(
                                        OASFactory.createRequestBody()
                                            .content(
                                                OASFactory.createContent()
                                                    .addMediaType(
                                                        "application/json",
                                                        OASFactory.createMediaType()
                                                            .schema(
                                                                OASFactory.createSchema()
                                                                    .ref(
                                                                        "#/components/schemas/Draft"))))))));

    new StrictRequestSchemas().filterOpenAPI(openAPI);

    assertThat(draft.getAdditionalPropertiesBoolean()).isFalse();
    assertThat(item.getAdditionalPropertiesBoolean()).isFalse();
    assertThat(labels.getAdditionalPropertiesBoolean()).as("a map stays a map").isNull();
    assertThat(view.getAdditionalPropertiesBoolean()).as("only request bodies").isNull();
  }
}
