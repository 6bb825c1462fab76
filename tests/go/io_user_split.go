package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

func commas(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("a,bb,,ccc,dddd"))
	sc.Split(commas)
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println(sc.Err())
	count := 0
	st := bufio.NewScanner(strings.NewReader("1 2 3 STOP 4 5"))
	st.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		count++
		i := bytes.IndexByte(data, ' ')
		if i < 0 {
			if atEOF && len(data) > 0 {
				return len(data), data, nil
			}
			return 0, nil, nil
		}
		if string(data[:i]) == "STOP" {
			return i + 1, []byte("last"), bufio.ErrFinalToken
		}
		return i + 1, data[:i], nil
	})
	for st.Scan() {
		fmt.Print(st.Text(), " ")
	}
	fmt.Println(st.Err(), count > 0)
	bad := bufio.NewScanner(strings.NewReader("xyz"))
	bad.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, nil, errors.New("custom failure")
	})
	fmt.Println(bad.Scan(), bad.Err())
	far := bufio.NewScanner(strings.NewReader("xyz"))
	far.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return len(data) + 1, data, nil
	})
	fmt.Println(far.Scan(), far.Err())
	up := bufio.NewScanner(strings.NewReader("make me loud"))
	up.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if len(data) == 0 {
			return 0, nil, nil
		}
		return len(data), bytes.ToUpper(data), nil
	})
	for up.Scan() {
		fmt.Println(up.Text())
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	pan := bufio.NewScanner(strings.NewReader("boom"))
	pan.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		panic("split panicked")
	})
	pan.Scan()
}
