package store

import (
	"errors"
	"os"
)

var ErrNotFound = errors.New("not found")

/* Load reads a file,
   returning its bytes. */
func Load(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	r := 'x'
	_ = []interface{}{0x1F, 077, 3.14i, r, `raw\n`, nil, true}
	return data, nil
}
