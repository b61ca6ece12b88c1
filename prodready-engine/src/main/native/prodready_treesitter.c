/*
 * JNI glue of libprodready-treesitter: the tree-sitter runtime (compiled in the same library) driven with one JNI
 * call per file. Java hands over the file's UTF-8 bytes; C parses, runs the compiled query and returns every match
 * as a flat int array, so no JNI call is made per node or per capture and no JNI class or field is looked up.
 * Languages are the grammar objects of the io.github.bonede jars (a TSLanguage is static data of the grammar's
 * library); queries are compiled here because their layout belongs to this runtime.
 */
#include <jni.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tree_sitter/api.h"

#define GLUE(name) Java_dev_prodready_collect_code_NativeTreeSitter_##name

/* One parser with its query cursor: both are reused for every file of one language on one thread. */
typedef struct {
  TSParser *parser;
  TSQueryCursor *cursor;
} Worker;

/* A growable int buffer for the matches of one file. */
typedef struct {
  jint *data;
  size_t size;
  size_t capacity;
} Ints;

static int ints_reserve(Ints *ints, size_t more) {
  if (ints->size + more <= ints->capacity) {
    return 1;
  }
  size_t capacity = ints->capacity == 0 ? 1024 : ints->capacity;
  while (capacity < ints->size + more) {
    capacity *= 2;
  }
  jint *grown = realloc(ints->data, capacity * sizeof(jint));
  if (grown == NULL) {
    return 0;
  }
  ints->data = grown;
  ints->capacity = capacity;
  return 1;
}

static void throw_error(JNIEnv *env, const char *message) {
  jclass type = (*env)->FindClass(env, "java/lang/OutOfMemoryError");
  if (type != NULL) {
    (*env)->ThrowNew(env, type, message);
  }
}

/* The ABI versions this runtime accepts, so Java can say why a grammar is refused. */
JNIEXPORT jintArray JNICALL GLUE(abiRange)(JNIEnv *env, jclass cls) {
  (void)cls;
  jint range[2] = {TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION, TREE_SITTER_LANGUAGE_VERSION};
  jintArray out = (*env)->NewIntArray(env, 2);
  if (out != NULL) {
    (*env)->SetIntArrayRegion(env, out, 0, 2, range);
  }
  return out;
}

JNIEXPORT jint JNICALL GLUE(abiVersion)(JNIEnv *env, jclass cls, jlong language) {
  (void)env;
  (void)cls;
  return (jint)ts_language_abi_version((const TSLanguage *)(intptr_t)language);
}

/* Compiles a query; on failure returns 0 and writes the byte offset and TSQueryError into error[0..1]. */
JNIEXPORT jlong JNICALL GLUE(newQuery)(JNIEnv *env, jclass cls, jlong language, jbyteArray source, jintArray error) {
  (void)cls;
  jsize length = (*env)->GetArrayLength(env, source);
  char *text = malloc((size_t)length + 1);
  if (text == NULL) {
    throw_error(env, "no memory for the query source");
    return 0;
  }
  (*env)->GetByteArrayRegion(env, source, 0, length, (jbyte *)text);
  text[length] = '\0';
  uint32_t offset = 0;
  TSQueryError type = TSQueryErrorNone;
  TSQuery *query = ts_query_new((const TSLanguage *)(intptr_t)language, text, (uint32_t)length, &offset, &type);
  free(text);
  if (query == NULL) {
    jint failure[2] = {(jint)offset, (jint)type};
    (*env)->SetIntArrayRegion(env, error, 0, 2, failure);
    return 0;
  }
  return (jlong)(intptr_t)query;
}

JNIEXPORT void JNICALL GLUE(deleteQuery)(JNIEnv *env, jclass cls, jlong query) {
  (void)env;
  (void)cls;
  ts_query_delete((TSQuery *)(intptr_t)query);
}

/* The capture names of a query, by capture id. */
JNIEXPORT jobjectArray JNICALL GLUE(captureNames)(JNIEnv *env, jclass cls, jlong query) {
  (void)cls;
  const TSQuery *q = (const TSQuery *)(intptr_t)query;
  uint32_t count = ts_query_capture_count(q);
  jclass string = (*env)->FindClass(env, "java/lang/String");
  if (string == NULL) {
    return NULL;
  }
  jobjectArray names = (*env)->NewObjectArray(env, (jsize)count, string, NULL);
  if (names == NULL) {
    return NULL;
  }
  for (uint32_t i = 0; i < count; i++) {
    uint32_t length = 0;
    const char *name = ts_query_capture_name_for_id(q, i, &length);
    char *copy = malloc(length + 1);
    if (copy == NULL) {
      throw_error(env, "no memory for a capture name");
      return NULL;
    }
    memcpy(copy, name, length);
    copy[length] = '\0';
    jstring value = (*env)->NewStringUTF(env, copy);
    free(copy);
    if (value == NULL) {
      return NULL;
    }
    (*env)->SetObjectArrayElement(env, names, (jsize)i, value);
    (*env)->DeleteLocalRef(env, value);
  }
  return names;
}

/* A parser for one language with its cursor, or 0 when the runtime refuses the language (ABI version). */
JNIEXPORT jlong JNICALL GLUE(newParser)(JNIEnv *env, jclass cls, jlong language) {
  (void)env;
  (void)cls;
  Worker *worker = malloc(sizeof(Worker));
  if (worker == NULL) {
    return 0;
  }
  worker->parser = ts_parser_new();
  if (!ts_parser_set_language(worker->parser, (const TSLanguage *)(intptr_t)language)) {
    ts_parser_delete(worker->parser);
    free(worker);
    return 0;
  }
  worker->cursor = ts_query_cursor_new();
  return (jlong)(intptr_t)worker;
}

JNIEXPORT void JNICALL GLUE(deleteParser)(JNIEnv *env, jclass cls, jlong handle) {
  (void)env;
  (void)cls;
  Worker *worker = (Worker *)(intptr_t)handle;
  ts_query_cursor_delete(worker->cursor);
  ts_parser_delete(worker->parser);
  free(worker);
}

/*
 * Parses UTF-8 text and runs the query over the whole tree. Returns {hasError, then per match: captureCount,
 * then (captureId, startByte, endByte) per capture}, in the cursor's match order; null when the parser gave no
 * tree. The tree is freed before returning.
 */
JNIEXPORT jintArray JNICALL GLUE(parse)(JNIEnv *env, jclass cls, jlong handle, jlong query, jbyteArray utf8) {
  (void)cls;
  Worker *worker = (Worker *)(intptr_t)handle;
  jsize length = (*env)->GetArrayLength(env, utf8);
  /* a copy rather than a critical section: parsing a big file must not hold the garbage collector off */
  char *text = malloc(length == 0 ? 1 : (size_t)length);
  if (text == NULL) {
    throw_error(env, "no memory for the source text");
    return NULL;
  }
  (*env)->GetByteArrayRegion(env, utf8, 0, length, (jbyte *)text);
  TSTree *tree = ts_parser_parse_string(worker->parser, NULL, text, (uint32_t)length);
  if (tree == NULL) {
    free(text);
    return NULL;
  }
  TSNode root = ts_tree_root_node(tree);
  Ints out = {NULL, 0, 0};
  int ok = ints_reserve(&out, 1);
  if (ok) {
    out.data[out.size++] = ts_node_has_error(root) ? 1 : 0;
    ts_query_cursor_exec(worker->cursor, (const TSQuery *)(intptr_t)query, root);
    TSQueryMatch match;
    while (ok && ts_query_cursor_next_match(worker->cursor, &match)) {
      ok = ints_reserve(&out, 1 + 3 * (size_t)match.capture_count);
      if (!ok) {
        break;
      }
      out.data[out.size++] = match.capture_count;
      for (uint16_t i = 0; i < match.capture_count; i++) {
        const TSQueryCapture *capture = &match.captures[i];
        out.data[out.size++] = (jint)capture->index;
        out.data[out.size++] = (jint)ts_node_start_byte(capture->node);
        out.data[out.size++] = (jint)ts_node_end_byte(capture->node);
      }
    }
  }
  ts_tree_delete(tree);
  free(text);
  if (!ok) {
    free(out.data);
    throw_error(env, "no memory for the query matches");
    return NULL;
  }
  jintArray result = (*env)->NewIntArray(env, (jsize)out.size);
  if (result != NULL) {
    (*env)->SetIntArrayRegion(env, result, 0, (jsize)out.size, out.data);
  }
  free(out.data);
  return result;
}
