package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// slowReader returns at most 3 bytes per call.
type slowReader struct {
	s     string
	calls int
}

func (r *slowReader) Read(p []byte) (int, error) {
	r.calls++
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	if n > 3 {
		n = 3
	}
	r.s = r.s[n:]
	return n, nil
}

type rot13 struct{ r io.Reader }

func (x rot13) Read(p []byte) (int, error) {
	n, err := x.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

func main() {
	sr := &slowReader{s: "one two\nthree four five\nsix"}
	sc := bufio.NewScanner(sr)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err(), sr.calls)
	data, err := io.ReadAll(rot13{strings.NewReader("Hello, World!")})
	fmt.Println(string(data), err)
	br := bufio.NewReader(&slowReader{s: "alpha\nbeta\ngamma"})
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	var a, b int
	var w string
	n, err := fmt.Fscan(&slowReader{s: "  12 345 word"}, &a, &b, &w)
	fmt.Println(n, err, a, b, w)
	ws := bufio.NewScanner(rot13{&slowReader{s: "uryyb jbeyq"}})
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Println(ws.Text())
	}
}
