package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

var sink string
var sinks []string
var sinkb []byte
var sinke error

func contains(b []byte) bool { return strings.Contains(string(b), "x") }

func trimLocal(b []byte) int { return len(strings.TrimSpace(string(b))) }

func trimKeep(b []byte) { sink = strings.TrimSpace(string(b)) }

func cutKeep(b []byte) {
	before, after, _ := strings.Cut(string(b), "=")
	sink = before + after
}

func split(b []byte) { sinks = strings.Split(string(b), ",") }

func splitLocal(b []byte) int { return len(strings.Fields(string(b))) }

func join(a, b string) { sink = strings.Join([]string{a, b}, "-") }

func upper(b []byte) { sink = strings.ToUpper(string(b)) }

func atoi(b []byte) int {
	n, err := strconv.Atoi(string(b))
	sinke = err
	return n
}

func newErr(b []byte) { sinke = errors.New(string(b)) }

func appendInt(n int64) { sinkb = strconv.AppendInt(make([]byte, 0, 8), n, 10) }

func bytesTrim(s string) { sinkb = bytes.TrimSpace([]byte(s)) }

func bytesEqual(s, t string) bool { return bytes.Equal([]byte(s), []byte(t)) }

func runeCount(b []byte) int { return utf8.RuneCountInString(string(b)) }

func appendRune(r rune) { sinkb = utf8.AppendRune(make([]byte, 0, 4), r) }

func quote(b []byte) { sink = strconv.Quote(string(b)) }

func main() {
	b := []byte(" a,b = c ")
	fmt.Println(contains(b), trimLocal(b), splitLocal(b), atoi(b), runeCount(b), bytesEqual("a", "b"))
	trimKeep(b)
	cutKeep(b)
	split(b)
	join("x", "y")
	upper(b)
	newErr(b)
	appendInt(5)
	bytesTrim(" z ")
	appendRune('x')
	quote(b)
}
