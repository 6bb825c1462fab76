package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, b []byte) {
	fmt.Printf("%-14s %q len=%d cap=%d nil=%v\n", name, b, len(b), cap(b), b == nil)
}

func showAll(name string, bs [][]byte) {
	fmt.Printf("%-14s n=%d nil=%v:", name, len(bs), bs == nil)
	for _, b := range bs {
		fmt.Printf(" %q/%d/%d", b, len(b), cap(b))
	}
	fmt.Println()
}

func main() {
	s := []byte("  Hello, Wörld! hello  ")
	spare := make([]byte, 0, 40)
	spare = append(spare, "a,b,,c"...)
	fmt.Println(bytes.ContainsAny(s, "xyz!"), bytes.ContainsAny(s, ""), bytes.ContainsRune(s, 'ö'), bytes.ContainsRune(nil, 'a'))
	fmt.Println(bytes.IndexAny(s, "lW"), bytes.LastIndexAny(s, "lW"), bytes.IndexAny(s, "ö"), bytes.LastIndexByte(s, 'l'), bytes.LastIndexByte(s, 'z'))
	fmt.Println(bytes.IndexAny([]byte("a\xffb"), "\uFFFD"), bytes.LastIndexAny([]byte("\xffab"), "\xff"))
	fmt.Println(bytes.EqualFold([]byte("Straße"), []byte("STRASSE")), bytes.EqualFold([]byte("Gö"), []byte("GÖ")), bytes.EqualFold(nil, []byte{}))
	before, after, found := bytes.Cut(spare, []byte(","))
	show("cut before", before)
	show("cut after", after)
	fmt.Println(found)
	before, after, found = bytes.Cut(spare, []byte("x"))
	show("cut none b", before)
	show("cut none a", after)
	fmt.Println(found)
	show("replace", bytes.Replace(s, []byte("l"), []byte("L"), 2))
	show("replace all", bytes.ReplaceAll(s, []byte("hello"), []byte("bye")))
	show("replace none", bytes.Replace(s, []byte("zz"), []byte("y"), -1))
	show("replace n0", bytes.Replace([]byte("abc"), []byte("b"), []byte("x"), 0))
	show("replace empty", bytes.Replace(nil, []byte("a"), []byte("b"), -1))
	show("replace ''", bytes.Replace([]byte("ab"), nil, []byte("-"), -1))
	fmt.Println(bytes.Runes([]byte("héllo\xff")), cap(bytes.Runes([]byte("abc"))))
	showAll("split", bytes.Split(spare, []byte(",")))
	showAll("splitN 2", bytes.SplitN(spare, []byte(","), 2))
	showAll("splitN 0", bytes.SplitN(spare, []byte(","), 0))
	showAll("splitAfter", bytes.SplitAfter(spare, []byte(",")))
	showAll("splitAfterN", bytes.SplitAfterN(spare, []byte(","), 3))
	showAll("split ''", bytes.Split([]byte("héj"), nil))
	showAll("fields", bytes.Fields(append(make([]byte, 0, 20), " x  y "...)))
	show("title", bytes.Title([]byte("hello wörld-foo bar_baz")))
	show("totitle", bytes.ToTitle([]byte("ǆemal ß")))
	show("totitle ascii", bytes.ToTitle([]byte("abc")))
	show("toupper", bytes.ToUpper([]byte("héllo")))
	show("valid", bytes.ToValidUTF8([]byte("a\xff\xfeb\xc3(c"), []byte("\uFFFD")))
	show("valid none", bytes.ToValidUTF8([]byte("ok"), []byte("?")))
	show("valid grow", bytes.ToValidUTF8([]byte("\xff\xff"), []byte("<bad byte>")))
	show("trim", bytes.Trim(s, " Hel"))
	show("trim all", bytes.Trim([]byte("xxx"), "x"))
	show("trim empty", bytes.Trim([]byte{}, "x"))
	show("trim cut''", bytes.Trim(s, ""))
	show("trimleft", bytes.TrimLeft(s, " H"))
	show("trimleft all", bytes.TrimLeft([]byte("aa"), "a"))
	show("trimright", bytes.TrimRight(s, " o"))
	show("trimright all", bytes.TrimRight([]byte("aa"), "a"))
	show("trimright nil", bytes.TrimRight(nil, "a"))
	show("trimprefix", bytes.TrimPrefix(spare, []byte("a,")))
	show("trimsuffix", bytes.TrimSuffix(spare, []byte(",c")))
	show("trimunicode", bytes.Trim([]byte("ööaöö"), "ö"))
	upper := func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return unicode.ToUpper(r)
	}
	show("map", bytes.Map(upper, []byte("hello wörld")))
	show("map grow", bytes.Map(func(r rune) rune { return 'ö' }, []byte("abc")))
	show("map empty", bytes.Map(upper, nil))
	isSpace := func(r rune) bool { return r == ' ' || r == '!' }
	fmt.Println(bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexFunc(s, unicode.IsUpper), bytes.IndexFunc(s, unicode.IsDigit))
	showAll("fieldsfunc", bytes.FieldsFunc(s, isSpace))
	show("trimfunc", bytes.TrimFunc(s, isSpace))
	show("trimfunc all", bytes.TrimFunc([]byte("  "), isSpace))
	show("trimleftfunc", bytes.TrimLeftFunc(s, isSpace))
	show("trimleftfunc all", bytes.TrimLeftFunc([]byte("!!"), isSpace))
	show("trimrightfunc", bytes.TrimRightFunc(s, isSpace))
	show("trimrightfunc all", bytes.TrimRightFunc([]byte("!!"), isSpace))
	calls := 0
	bytes.TrimFunc([]byte("ab  cd"), func(r rune) bool { calls++; fmt.Print(string(r)); return r == 'a' || r == 'd' })
	fmt.Println(" calls", calls)
	fmt.Println(bytes.MinRead)
}
